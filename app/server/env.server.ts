import { availableParallelism } from "node:os";

/**
 * The one place that reads process.env. Every value is parsed and typed at start-up;
 * a malformed value stops the process with a message that names the variable.
 */

export type Env = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | null;
  pgliteDir: string;
  smtpUrl: string | null;
  mailDir: string;
  mailFrom: string;
  draftTtlDays: number;
  /** Days a closed case is kept when its form definition sets no retentionDays (see ADR 021). */
  retentionDaysDefault: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Seed demo staff accounts (and allow them in production). Default true so `npm start` shows the demo. */
  demoData: boolean;
  /** Secret for deriving access codes; unset → generated once per installation and kept in the database. */
  accessCodeSecret: string | null;
  submissionRateLimit: number;
  /**
   * Whether this HTTP server delivers the outbox (receipts, e-mails) and deletes expired drafts;
   * off for HTTP servers beside a dedicated worker (server/worker.js).
   */
  outboxWorker: boolean;
  /** How long a claimed outbox entry stays with its worker before another may take it (a worker that died). */
  outboxLeaseSeconds: number;
  /** Bearer token for GET /metrics; unset → only scrapers on this host (loopback) may read it. */
  metricsToken: string | null;
  /**
   * HTTP processes sharing the port (WEB_CONCURRENCY); on PostgreSQL a dedicated outbox worker
   * process runs beside them (ADR 036). Default on PostgreSQL: one per core but the one the worker
   * and the database need (ADR 050); always 1 on the embedded PGlite.
   */
  webConcurrency: number;
  /** BundID (SAML): files of the IdP's metadata and of the portal's key and certificate; all three or none. */
  bundId: { idpMetadataFile: string; spKeyFile: string; spCertFile: string } | null;
  /** A Land's account over OpenID Connect: all three or none. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
};

export class EnvError extends Error {}

type Source = Record<string, string | undefined>;

function read(source: Source, name: string): string | undefined {
  const value = source[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function integer(source: Source, name: string, fallback: number, min: number, max: number): number {
  const raw = read(source, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new EnvError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new EnvError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(source: Source, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(source, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new EnvError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

function url(source: Source, name: string, protocols: string[]): string | null {
  const raw = read(source, name);
  if (raw === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new EnvError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new EnvError(`${name} must start with ${protocols.map((p) => `${p}//`).join(" or ")}`);
  }
  return raw;
}

function secret(source: Source, name: string): string | null {
  const raw = read(source, name);
  if (raw === undefined) return null;
  if (raw.length < 32) throw new EnvError(`${name} must be at least 32 characters long`);
  return raw;
}

function flag(source: Source, name: string, fallback: boolean): boolean {
  const raw = read(source, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes|ja)$/i.test(raw)) return true;
  if (/^(false|0|no|nein)$/i.test(raw)) return false;
  throw new EnvError(`${name} must be true or false, got "${raw}"`);
}

/**
 * The embedded PGlite belongs to one process (db/pglite-lock.ts), so it always gets one; a
 * WEB_CONCURRENCY set for PostgreSQL (as platforms do) does not stop `npm start` without it.
 * On PostgreSQL one core is left to the outbox worker, which runs on the same machine (forked by
 * cluster.js or as its own systemd unit), and to the database: an HTTP process on every core as
 * well only made each submission cost more CPU (ADR 050). A machine that only serves HTTP sets it.
 */
function webConcurrency(source: Source, databaseUrl: string | null, cores: number): number {
  const wanted = integer(source, "WEB_CONCURRENCY", Math.max(1, cores - 1), 1, 64);
  return databaseUrl ? wanted : 1;
}

/** Settings that only work together: all set, or none (then the feature is off). */
function allOrNone<K extends string>(source: Source, names: Record<K, string>): Record<K, string> | null {
  const values = Object.fromEntries(Object.entries<string>(names).map(([key, name]) => [key, read(source, name)]));
  const missing = Object.entries<string>(names)
    .filter(([key]) => values[key] === undefined)
    .map(([, name]) => name);
  if (missing.length === Object.keys(names).length) return null;
  if (missing.length > 0)
    throw new EnvError(
      `${missing.join(", ")} must be set together with ${Object.values<string>(names)
        .filter((n) => !missing.includes(n))
        .join(", ")}`,
    );
  return values as Record<K, string>;
}

export function parseEnv(source: Source, cores = availableParallelism()): Env {
  const nodeEnv = oneOf(source, "NODE_ENV", ["development", "production", "test"] as const, "development");
  const port = integer(source, "PORT", 3000, 1, 65535);
  const host = read(source, "HOST") ?? "0.0.0.0";
  const publicUrl = (url(source, "PUBLIC_URL", ["http:", "https:"]) ?? `http://localhost:${port}`).replace(/\/$/, "");
  const databaseUrl = url(source, "DATABASE_URL", ["postgres:", "postgresql:"]);
  return {
    nodeEnv,
    port,
    host,
    publicUrl,
    databaseUrl,
    pgliteDir: read(source, "PGLITE_DIR") ?? "./data/pglite",
    smtpUrl: url(source, "SMTP_URL", ["smtp:", "smtps:"]),
    mailDir: read(source, "MAIL_DIR") ?? "./data/mail",
    mailFrom: read(source, "MAIL_FROM") ?? "Bürgerportal <noreply@buergerportal.invalid>",
    draftTtlDays: integer(source, "DRAFT_TTL_DAYS", 30, 1, 365),
    retentionDaysDefault: integer(source, "RETENTION_DAYS_DEFAULT", 365, 1, 36_500),
    bodyLimitBytes: integer(source, "BODY_LIMIT_BYTES", 1_048_576, 1024, 50 * 1_048_576),
    uploadLimitBytes: integer(source, "UPLOAD_LIMIT_BYTES", 26_214_400, 1024, 200 * 1_048_576),
    logLevel: oneOf(source, "LOG_LEVEL", ["debug", "info", "warn", "error", "silent"] as const, "info"),
    demoData: flag(source, "DEMO_DATA", true),
    accessCodeSecret: secret(source, "ACCESS_CODE_SECRET"),
    submissionRateLimit: integer(source, "SUBMISSION_RATE_LIMIT", 30, 1, 1_000_000),
    outboxWorker: oneOf(source, "OUTBOX_WORKER", ["on", "off"] as const, "on") === "on",
    outboxLeaseSeconds: integer(source, "OUTBOX_LEASE_SECONDS", 120, 5, 3600),
    metricsToken: secret(source, "METRICS_TOKEN"),
    webConcurrency: webConcurrency(source, databaseUrl, cores),
    bundId: allOrNone(source, { idpMetadataFile: "BUNDID_IDP_METADATA", spKeyFile: "BUNDID_SP_KEY", spCertFile: "BUNDID_SP_CERT" }),
    oidc: oidcSettings(source),
  };
}

function oidcSettings(source: Source): Env["oidc"] {
  const settings = allOrNone(source, { issuer: "OIDC_ISSUER", clientId: "OIDC_CLIENT_ID", clientSecret: "OIDC_CLIENT_SECRET" });
  if (settings) url(source, "OIDC_ISSUER", ["https:", "http:"]);
  return settings;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
