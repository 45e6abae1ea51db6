import { env } from "./env.server";

/**
 * Structured JSON logs on stdout. Callers pass identifiers (request id, case number, route),
 * never personal data: no names, addresses, e-mail addresses or form answers.
 */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

type Fields = Record<string, string | number | boolean | null | undefined>;

function write(level: Level, message: string, fields: Fields = {}): void {
  if (order[level] < order[env().logLevel]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}

export const log = {
  debug: (message: string, fields?: Fields) => write("debug", message, fields),
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};

/** The error's kind and message only: stacks and messages from drivers may echo submitted values. */
export function describeError(error: unknown): Fields {
  if (error instanceof Error) return { errorName: error.name, errorCode: (error as { code?: string }).code };
  return { errorName: typeof error };
}
