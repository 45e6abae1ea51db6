/**
 * POST /status/antwort: the reply form of the status page (multipart, works without JavaScript).
 * Reads the body through the wizard's streaming upload reader, hands it to the domain, and turns
 * the outcome into the page's data with the refusal's HTTP status (ADR 025).
 */
import { data } from "@remix-run/node";
import type { Lang } from "../../engine/types";
import { formatBytes, translate } from "../../lib/i18n/translate";
import { byAccessCode } from "../citizen-cases/citizen-access";
import { replyToQuery } from "../citizen-cases/reply.server";
import { REPLY_FILE_FIELD, REPLY_FILE_INPUT, type CitizenRefusal } from "../citizen-cases/reply-rules";
import { env } from "../env.server";
import { readPageForm, refuseUnstorableFields, requireFormContentType } from "../form-body.http.server";
import { refusalMessage } from "../outcome";
import { clientAddress } from "../rate-limit.server";
import { REFUSAL_STATUS } from "../refusal-status.http.server";
import { MalformedBodyError, parseMultipart, PayloadTooLargeError, type ParsedBody } from "../uploads/multipart.server";

const NO_STORE = { "Cache-Control": "no-store" };

/** What the page shows after a refusal: each problem by field, in the page's language. */
export type PageProblem = { pointer: string; message: string };

export type ReplyPageData =
  | { done: { caseNumber: string; accessCode: string; replyId: string; sha256: string } }
  | {
      refused: {
        caseNumber: string;
        accessCode: string;
        token: string;
        message: string;
        problems: PageProblem[];
        /** The form can be sent again (the access holds and a Rückfrage is open). */
        formAgain: boolean;
        filesSent: boolean;
      };
    };

export async function readReplyBody(request: Request, lang: Lang): Promise<ParsedBody> {
  try {
    if (requireFormContentType(request) === "multipart") {
      const body = await parseMultipart(request, {
        fileLimit: (name) => (name === REPLY_FILE_INPUT ? (REPLY_FILE_FIELD.maxBytes ?? null) : null),
        totalLimit: env().uploadLimitBytes,
      });
      refuseUnstorableFields(request, [...body.fields, ...body.files.map((file): [string, string] => [file.name, file.filename])]);
      return body;
    }
    const form = await readPageForm(request);
    return { fields: [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"), files: [] };
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      throw new Response(translate(lang, "upload.requestTooLarge", { size: formatBytes(env().uploadLimitBytes, lang) }), {
        status: 413,
        headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
      });
    }
    if (error instanceof MalformedBodyError) {
      throw new Response(translate(lang, "refusal.replyFormIncomplete"), {
        status: 400,
        headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}

/** The page's headers (Remix `headers`): no caching; a rate-limited post says when to try again. */
export function statusPostHeaders({ actionHeaders }: { actionHeaders: Headers }): Record<string, string> {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { ...NO_STORE, "Retry-After": retryAfter } : NO_STORE;
}

/** No caching, and for a rate-limited refusal when to try again. */
export function refusalHeaders(refusal: CitizenRefusal): Record<string, string> {
  return refusal.retryAfterSeconds ? { ...NO_STORE, "Retry-After": String(refusal.retryAfterSeconds) } : NO_STORE;
}

export function problemsOf(refusal: CitizenRefusal, lang: Lang): PageProblem[] {
  const pointer = `/${refusal.field === "dateien" ? "dateien" : "antwort"}`;
  if (refusal.issues?.length) return refusal.issues.map((issue) => ({ pointer, message: translate(lang, issue.key, issue.values) }));
  return [{ pointer, message: refusalMessage(refusal, lang) }];
}

export async function handleReplyPost(request: Request, context: { clientAddress?: string }, lang: Lang) {
  const body = await readReplyBody(request, lang);
  const field = (name: string) => body.fields.find(([key]) => key === name)?.[1] ?? "";
  const caseNumber = field("vorgangsnummer").trim().slice(0, 40);
  const accessCode = field("zugangscode").trim().slice(0, 64);
  const result = await replyToQuery({
    access: byAccessCode(caseNumber, accessCode),
    token: field("token"),
    message: field("antwort"),
    files: body.files,
    client: clientAddress(context),
    lang,
  });
  if (result.ok) {
    const done = { caseNumber: result.caseNumber, accessCode, replyId: result.replyId, sha256: result.sha256 };
    return data({ done } satisfies ReplyPageData, { headers: NO_STORE });
  }
  const refused = {
    caseNumber,
    accessCode,
    token: field("token"),
    message: field("antwort"),
    problems: problemsOf(result, lang),
    formAgain: result.kind === "invalid" || result.kind === "too-large",
    filesSent: body.files.length > 0,
  };
  return data({ refused } satisfies ReplyPageData, { status: REFUSAL_STATUS[result.kind], headers: refusalHeaders(result) });
}
