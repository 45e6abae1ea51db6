/**
 * What an operator needs to find the cause of a failed request: the error's kind, message and
 * stack, with paths relative to the project (the install location is no one's business and
 * makes lines differ between machines). Client errors carry neither stack nor message: they are
 * not the code's fault, and their messages repeat what the client sent.
 */
type Details = Record<string, string | number | undefined>;

const MAX_MESSAGE_LENGTH = 500;
const MAX_STACK_FRAMES = 12;

export function errorDetails(error: unknown, projectRoot = process.cwd()): Details {
  if (!(error instanceof Error)) return { errorName: typeof error };
  // A client error's message echoes the client's input (an undecodable path, a broken body).
  if (isClientError(error)) return { errorName: error.name, errorCode: codeOf(error), status: statusOf(error) ?? 400 };
  const details: Details = {
    errorName: error.name,
    errorCode: codeOf(error),
    errorMessage: error.message.slice(0, MAX_MESSAGE_LENGTH),
    stack: relativeStack(error, projectRoot),
  };
  const cause = error.cause instanceof Error ? error.cause : null;
  if (cause) details.cause = `${cause.name}: ${cause.message.slice(0, MAX_MESSAGE_LENGTH)}`;
  return details;
}

/** A request the client got wrong (a 4xx status, an undecodable URL): logged without a stack. */
export function isClientError(error: unknown): boolean {
  if (error instanceof URIError) return true;
  const status = statusOf(error);
  return status !== undefined && status >= 400 && status < 500;
}

/** The 4xx to answer for a client error (400 for an undecodable URL), or null for a server error. */
export function clientErrorStatus(error: unknown): number | null {
  return isClientError(error) ? (statusOf(error) ?? 400) : null;
}

/** The HTTP status an error carries (Express, body parsers and http-errors put it on `status`). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === "number" ? status : statusCode;
  return typeof value === "number" && Number.isInteger(value) && value >= 400 && value <= 599 ? value : undefined;
}

/** The stack's frames, without the message line (logged apart) and with project-relative paths. */
export function relativeStack(error: Error, projectRoot: string): string {
  const root = projectRoot.replace(/\/+$/, "");
  return (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_STACK_FRAMES)
    .map((line) => line.trim().split(`file://${root}/`).join("").split(`${root}/`).join(""))
    .join("\n");
}

function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" || typeof code === "number" ? String(code) : undefined;
}
