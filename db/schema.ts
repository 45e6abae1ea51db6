import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** bytea as a plain Uint8Array on both drivers (pg hands out Buffers, PGlite Uint8Arrays). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : value),
});

/** A body that operates the portal for its members: a county data centre or a cross-county IT association. */
export const regions = pgTable("regions", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind", { enum: ["landkreis", "zweckverband-it"] }).notNull(),
  operator: text("operator").notNull(),
  provenance: text("provenance").notNull(),
});

/**
 * Who runs the portal for a group of municipalities (ADR 023): the provider named in the
 * Impressum, in the Erklärung zur Barrierefreiheit and on the receipts. Seeded once as a draft;
 * afterwards only the Portalbetrieb changes it, and the seed never overwrites an edit.
 */
export const operators = pgTable(
  "operators",
  {
    key: text("key").primaryKey(),
    name: text("name").notNull(),
    /** The portal-wide pages (start page, status lookup) name this operator; exactly one has it. */
    portalDefault: boolean("portal_default").notNull().default(false),
    legalForm: text("legal_form"),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city").notNull(),
    representative: text("representative"),
    /** Contact address: the Impressum names it and accessibility feedback is sent to it. */
    email: text("email").notNull(),
    phone: text("phone"),
    vatId: text("vat_id"),
    supervisoryAuthority: text("supervisory_authority"),
    dataProtectionOfficer: text("data_protection_officer"),
    /** Known accessibility limitations, one per line, for the Erklärung zur Barrierefreiheit. */
    knownLimitations: text("known_limitations").notNull().default(""),
    /** A video in German Sign Language (DGS) explaining the portal (BITV 2.0 § 4); null until the operator has one. */
    signLanguageVideoUrl: text("sign_language_video_url"),
    /** Null while the seeded texts wait for the operator's confirmation: the pages then say they are a draft. */
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmedById: text("confirmed_by_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    provenance: text("provenance").notNull(),
  },
  (t) => [
    uniqueIndex("operators_portal_default_key")
      .on(t.portalDefault)
      .where(sql`portal_default`),
  ],
);

export const authorityKinds = ["landratsamt", "verwaltungsgemeinschaft", "erfuellende-gemeinde", "gemeinde"] as const;
export type AuthorityKind = (typeof authorityKinds)[number];

/**
 * An authority that receives and processes cases: a Landratsamt, a Verwaltungsgemeinschaft,
 * an erfüllende Gemeinde or a municipality that administers itself.
 */
export const authorities = pgTable(
  "authorities",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: authorityKinds }).notNull(),
    name: text("name").notNull(),
    /** AGS of the municipality (or the county, for a Landratsamt); null for a Verwaltungsgemeinschaft. */
    ags: text("ags"),
    /** Gemeindeverband code (9 digits) of an association, when known. */
    associationCode: text("association_code"),
    regionKey: text("region_key")
      .notNull()
      .references(() => regions.key),
    countyAgs: text("county_ags").notNull(),
    /** Short, readable prefix of this authority's case numbers, e.g. "VGKOE". */
    caseNumberPrefix: text("case_number_prefix").notNull(),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    /** The operator whose pages staff of this authority see; filled by the seed from the region. */
    operatorKey: text("operator_key").references(() => operators.key),
    provenance: text("provenance").notNull(),
  },
  (t) => [uniqueIndex("authorities_case_number_prefix_key").on(t.caseNumberPrefix)],
);

export const counties = pgTable("counties", {
  ags: text("ags").primaryKey(),
  name: text("name").notNull(),
  regionKey: text("region_key")
    .notNull()
    .references(() => regions.key),
  landratsamtId: text("landratsamt_id")
    .notNull()
    .references(() => authorities.id),
});

export const municipalityKinds = ["stadt", "gemeinde", "landgemeinde"] as const;

export const municipalities = pgTable(
  "municipalities",
  {
    ags: text("ags").primaryKey(),
    /** Amtlicher Regionalschlüssel; null where it has not been confirmed. */
    ars: text("ars"),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    kind: text("kind", { enum: municipalityKinds }).notNull(),
    countyAgs: text("county_ags")
      .notNull()
      .references(() => counties.ags),
    administeredById: text("administered_by_id")
      .notNull()
      .references(() => authorities.id),
    /** The folded name used for umlaut-tolerant search (see municipality-search). */
    searchKey: text("search_key").notNull(),
    agsNameConfirmed: boolean("ags_name_confirmed").notNull(),
    /** The operator whose legal pages this municipality's pages link to; filled by the seed. */
    operatorKey: text("operator_key").references(() => operators.key),
  },
  (t) => [uniqueIndex("municipalities_slug_key").on(t.slug), index("municipalities_administered_by_idx").on(t.administeredById)],
);

export const services = pgTable("services", {
  id: text("id").primaryKey(),
  /** The county whose editors own the service; null for the portal's built-in services. */
  ownerCountyAgs: text("owner_county_ags").references(() => counties.ags),
  level: text("level", { enum: ["gemeinde", "kreis"] }).notNull(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const serviceVersions = pgTable(
  "service_versions",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    version: integer("version").notNull(),
    status: text("status", { enum: ["draft", "published", "retired"] }).notNull(),
    /** The checked definition; `{}` while a draft's text does not pass the check (its text is in source_text). */
    definition: jsonb("definition").notNull(),
    /** The definition text as the editor wrote it (drafts may be invalid); null for built-in versions seeded from forms/. */
    sourceText: text("source_text"),
    title: text("title").notNull(),
    leikaKey: text("leika_key"),
    /** Self-contained ES module with the Ajv standalone validators, produced on publish (see app/engine). */
    validatorModule: text("validator_module"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.version] })],
);

/** Which municipality offers which service (the service catalogue per municipality). */
export const serviceOfferings = pgTable(
  "service_offerings",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.municipalityAgs] }), index("service_offerings_municipality_idx").on(t.municipalityAgs)],
);

/** Explicit Zuständigkeit for a service in one municipality, overriding the level rule. */
export const routingOverrides = pgTable(
  "routing_overrides",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.municipalityAgs] })],
);

export const staffRoles = ["clerk", "editor", "admin"] as const;

export const staffUsers = pgTable(
  "staff_users",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
    roles: text("roles").array().notNull(),
    passwordHash: text("password_hash").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staff_users_username_key").on(t.username)],
);

export const caseStatuses = ["eingegangen", "in_bearbeitung", "rueckfrage", "abgeschlossen", "abgelehnt", "zurueckgezogen"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * A citizen who signed in with BundID or a Land's account (ADR 037). The subject is the
 * provider's stable pseudonym (bPK2, OIDC `sub`), kept only as SHA-256: the portal needs to
 * recognise the person again, not to know the identifier.
 */
export const citizenAccounts = pgTable(
  "citizen_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    provider: text("provider", { enum: ["bundid", "oidc"] }).notNull(),
    subjectHash: text("subject_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("citizen_accounts_subject_key").on(t.provider, t.subjectHash)],
);

/**
 * A citizen's signed-in session. The identity's attributes (names, birth date, address, e-mail)
 * live here only for the session's lifetime, for prefill; the trust level is that of this login.
 */
export const citizenSessions = pgTable(
  "citizen_sessions",
  {
    /** SHA-256 of the session secret in the cookie. */
    tokenHash: text("token_hash").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => citizenAccounts.id, { onDelete: "cascade" }),
    trustLevel: text("trust_level", { enum: ["basisregistrierung", "substantiell", "hoch"] }).notNull(),
    attributes: jsonb("attributes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("citizen_sessions_account_idx").on(t.accountId)],
);

/** A submitted application (Vorgang). Data, version and receipt never change after submission. */
export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseNumber: text("case_number").notNull(),
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    serviceId: text("service_id").notNull(),
    serviceVersion: integer("service_version").notNull(),
    status: text("status", { enum: caseStatuses }).notNull().default("eingegangen"),
    data: jsonb("data").notNull(),
    dataHash: text("data_hash").notNull(),
    /** Kept apart from data for the inbox list and search; never logged. */
    applicantName: text("applicant_name").notNull(),
    applicantEmail: text("applicant_email"),
    accessCodeHash: text("access_code_hash").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    requestHash: text("request_hash").notNull(),
    channel: text("channel", { enum: ["portal", "api"] }).notNull(),
    lang: text("lang", { enum: ["de", "en"] })
      .notNull()
      .default("de"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    assignedToId: text("assigned_to_id").references(() => staffUsers.id),
    receiptPdf: bytea("receipt_pdf"),
    /** Legal hold (Löschsperre): while set, retention never deletes the case. */
    legalHoldAt: timestamp("legal_hold_at", { withTimezone: true }),
    legalHoldById: text("legal_hold_by_id").references(() => staffUsers.id),
    /** Since when a citizen's reply to a Rückfrage waits unread ("Antwort eingegangen"); cleared when a clerk opens the case. */
    replyUnreadSince: timestamp("reply_unread_since", { withTimezone: true }),
    /** The signed-in citizen who filed the case; null for a case filed without an account (access code only). */
    ownerAccountId: uuid("owner_account_id").references(() => citizenAccounts.id, { onDelete: "set null" }),
    /** The trust level (Vertrauensniveau) of the login the case was filed with; null when filed without one. */
    identityTrustLevel: text("identity_trust_level", { enum: ["basisregistrierung", "substantiell", "hoch"] }),
    /** JSON pointers of the answers taken unchanged from the citizen's identity (prefill with consent, ADR 037). */
    prefilledFromIdentity: jsonb("prefilled_from_identity").$type<string[]>(),
    /** Bumped by every change of status or assignment: a transition names the revision it saw. */
    revision: integer("revision").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cases_case_number_key").on(t.caseNumber),
    uniqueIndex("cases_idempotency_key").on(t.idempotencyKey),
    index("cases_inbox_idx").on(t.authorityId, t.submittedAt.desc(), t.id.desc()),
    index("cases_inbox_status_idx").on(t.authorityId, t.status, t.submittedAt.desc()),
    index("cases_owner_idx").on(t.ownerAccountId, t.submittedAt.desc()),
    foreignKey({ columns: [t.serviceId, t.serviceVersion], foreignColumns: [serviceVersions.serviceId, serviceVersions.version] }),
  ],
);

/**
 * One row that counts the changes to what routes a submission: municipalities, counties,
 * authorities, routing overrides, offerings, services and their published versions. Triggers of
 * migration 0007 raise it; a submission stored with a remembered routing checks it (ADR 051).
 */
export const routingGeneration = pgTable(
  "routing_generation",
  {
    single: boolean("single").primaryKey().default(true),
    value: bigint("value", { mode: "number" }).notNull(),
  },
  (t) => [check("routing_generation_single", sql`${t.single}`)],
);

/** Gap-free case numbers: one counter row per authority and year, incremented inside the submission transaction. */
export const caseCounters = pgTable(
  "case_counters",
  {
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.year] })],
);

/** The history of a case: submission, transitions, notes, messages to the citizen, assignments. */
export const caseEvents = pgTable(
  "case_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind", { enum: ["submitted", "transition", "note", "assigned"] }).notNull(),
    actorKind: text("actor_kind", { enum: ["citizen", "staff", "api", "system"] }).notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    fromStatus: text("from_status", { enum: caseStatuses }),
    toStatus: text("to_status", { enum: caseStatuses }),
    /** Internal note (clerks only) or reason of a transition. */
    note: text("note"),
    /** Message shown to the citizen on /status (and e-mailed). */
    citizenMessage: text("citizen_message"),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.at)],
);

/**
 * A citizen's answer to a Rückfrage (ADR 033): the text, the hash of everything sent (text and
 * files) that the reply receipt prints, and the transition it caused. Files are attachments of
 * the case that name this reply. The token makes a double submit of one form one reply.
 */
export const caseReplies = pgTable(
  "case_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** The transition rueckfrage → in_bearbeitung this reply made. */
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => caseEvents.id),
    idempotencyToken: text("idempotency_token").notNull(),
    message: text("message").notNull(),
    /** SHA-256 of the canonical JSON of case number, text and files (name, size, SHA-256). */
    sha256: text("sha256").notNull(),
    lang: text("lang", { enum: ["de", "en"] })
      .notNull()
      .default("de"),
    receiptPdf: bytea("receipt_pdf"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("case_replies_token_key").on(t.caseId, t.idempotencyToken), index("case_replies_case_idx").on(t.caseId, t.createdAt)],
);

/** Uploaded evidence: first owned by a draft, then by the case it was submitted with (or a reply to a Rückfrage). */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id"),
    caseId: uuid("case_id").references(() => cases.id),
    /** Set for a file sent with a reply to a Rückfrage; null for the files of the application. */
    replyId: uuid("reply_id").references(() => caseReplies.id),
    pointer: text("pointer").notNull(),
    name: text("name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("attachments_case_idx").on(t.caseId), index("attachments_draft_idx").on(t.draftId)],
);

/** A citizen's unfinished application, kept until it expires; pinned to the form version it was started on. */
export const drafts = pgTable(
  "drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** SHA-256 of the secret in the citizen's draft cookie. */
    tokenHash: text("token_hash").notNull(),
    /** SHA-256 of the resume code, once the citizen asked for one. */
    resumeCodeHash: text("resume_code_hash"),
    serviceId: text("service_id").notNull(),
    serviceVersion: integer("service_version").notNull(),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    snapshot: jsonb("snapshot").notNull(),
    lang: text("lang", { enum: ["de", "en"] })
      .notNull()
      .default("de"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    submittedCaseId: uuid("submitted_case_id"),
    /** The signed-in citizen whose draft this is; such a draft is listed in Mein Bereich. */
    ownerAccountId: uuid("owner_account_id").references(() => citizenAccounts.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("drafts_token_hash_key").on(t.tokenHash),
    uniqueIndex("drafts_resume_code_hash_key").on(t.resumeCodeHash),
    index("drafts_expires_idx").on(t.expiresAt),
    index("drafts_owner_idx").on(t.ownerAccountId),
    foreignKey({ columns: [t.serviceId, t.serviceVersion], foreignColumns: [serviceVersions.serviceId, serviceVersions.version] }),
  ],
);

/** Transactional outbox: written with the change that causes it, delivered by the in-process worker. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_pending_idx")
      .on(t.availableAt)
      .where(sql`delivered_at is null and failed_at is null`),
  ],
);

export const staffSessions = pgTable(
  "staff_sessions",
  {
    /** SHA-256 of the session secret in the cookie. */
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("staff_sessions_user_idx").on(t.userId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    scopes: text("scopes").array().notNull(),
    createdById: text("created_by_id").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash)],
);

/** Installation-wide settings that must survive restarts, such as the generated secret for access codes. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Fixed-window counters for rate limits shared by all app processes (login, submissions, access codes). */
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
});

/** Who did what: editorial and administrative actions. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    authorityId: text("authority_id"),
    action: text("action").notNull(),
    target: text("target").notNull(),
    details: jsonb("details"),
  },
  (t) => [index("audit_log_target_idx").on(t.target, t.at)],
);

/**
 * Sign-in requests the portal sent to an identity provider: a SAML AuthnRequest's ID or an OpenID
 * Connect state. The answer comes back cross-site (SAML posts from the IdP's page, where the
 * SameSite=Lax cookie is not sent), so what the request was for lives here, found by the ID the
 * answer names, and is deleted when it is answered or expired.
 */
export const citizenLoginRequests = pgTable(
  "citizen_login_requests",
  {
    id: text("id").primaryKey(),
    protocol: text("protocol", { enum: ["bundid", "oidc"] }).notNull(),
    returnTo: text("return_to").notNull(),
    requestedLevel: text("requested_level", { enum: ["basisregistrierung", "substantiell", "hoch"] }),
    /** OpenID Connect only: the PKCE verifier and the nonce of this request. */
    codeVerifier: text("code_verifier"),
    nonce: text("nonce"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("citizen_login_requests_expiry_idx").on(t.expiresAt)],
);

/** IDs of SAML assertions already used to sign in, kept until they would have expired anyway: a replay is refused. */
export const samlSeenAssertions = pgTable(
  "saml_seen_assertions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("saml_seen_assertions_expiry_idx").on(t.expiresAt)],
);
