/**
 * The feedback mechanism of the Erklärung zur Barrierefreiheit (ThürBarrWebG, BITV 2.0): a
 * message about a barrier goes to the operator's contact address through the outbox (ADR 007),
 * so it is stored with the request that sent it and delivered even while the mail server is down.
 */
import { outbox } from "../../../db/schema";
import { isEmail } from "../../engine/formats";
import { hasUnstorableText } from "../../engine/unstorable-text";
import { db } from "../db.server";
import { nudgeOutbox } from "../lifecycle.server";
import { clientAddress, hitRateLimit, retryMinutes, type RateLimit } from "../rate-limit.server";
import type { Operator } from "./operators.server";
import { text as catalogued, worded, type Refusal, type RefusalText } from "../outcome";

export const FEEDBACK_KIND = "accessibility-feedback";

export const FEEDBACK_LIMITS = { message: 5000, page: 500, name: 200, email: 254 } as const;

/** Per client address and hour: enough for a person reporting several barriers, not for a flood into the operator's mailbox. */
export const FEEDBACK_RATE_LIMIT: RateLimit = { name: "accessibility-feedback", limit: 10, windowSeconds: 60 * 60 };

export type FeedbackValues = { message: string; page: string; name: string; email: string };
export type FeedbackField = keyof FeedbackValues;

export type FeedbackOutcome = { ok: true } | Refusal<{ errors: Partial<Record<FeedbackField, string>>; values: FeedbackValues }>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

export function readFeedback(form: FormData): FeedbackValues {
  return { message: text(form, "nachricht"), page: text(form, "seite"), name: text(form, "name"), email: text(form, "email") };
}

/** The feedback form is on the German-only Erklärung zur Barrierefreiheit (ADR 023): its errors are the catalogue's German texts. */
export function checkFeedback(values: FeedbackValues): Partial<Record<FeedbackField, string>> {
  const errors: Partial<Record<FeedbackField, RefusalText>> = {};
  const tooLong = (max: number) => catalogued("refusal.feedbackFieldTooLong", { max: { count: max } });
  if (values.message === "") errors.message = catalogued("refusal.feedbackMessageMissing");
  else if (values.message.length > FEEDBACK_LIMITS.message)
    errors.message = catalogued("refusal.feedbackMessageTooLong", {
      length: { count: values.message.length },
      max: { count: FEEDBACK_LIMITS.message },
    });
  if (values.page.length > FEEDBACK_LIMITS.page) errors.page = tooLong(FEEDBACK_LIMITS.page);
  if (values.name.length > FEEDBACK_LIMITS.name) errors.name = tooLong(FEEDBACK_LIMITS.name);
  if (values.email !== "" && (values.email.length > FEEDBACK_LIMITS.email || !isEmail(values.email)))
    errors.email = catalogued("refusal.feedbackEmail");
  for (const [field, value] of Object.entries(values) as Array<[FeedbackField, string]>) {
    if (!errors[field] && hasUnstorableText(value)) errors[field] = catalogued("refusal.feedbackUnstorable");
  }
  return Object.fromEntries(Object.entries(errors).map(([field, refusal]) => [field, worded(refusal).message]));
}

/** Checks the message and queues it for the operator; nothing is stored when a check fails. */
export async function sendFeedback(
  operator: Operator,
  form: FormData,
  context: { clientAddress?: string },
  scope: { municipalityName: string | null },
): Promise<FeedbackOutcome> {
  const values = readFeedback(form);
  const errors = checkFeedback(values);
  if (Object.keys(errors).length > 0) {
    return {
      ok: false,
      kind: "invalid",
      code: "invalid_feedback",
      errors,
      values,
      ...worded(catalogued("refusal.feedbackNotSent")),
    };
  }
  const decision = await hitRateLimit(FEEDBACK_RATE_LIMIT, clientAddress(context));
  if (!decision.allowed) {
    const minutes = retryMinutes(decision.retryAfterSeconds);
    return {
      ok: false,
      kind: "rate-limited",
      code: "too_many_messages",
      errors: {},
      values,
      ...worded(catalogued("refusal.feedbackRateLimited", { minutes, email: operator.email })),
    };
  }
  await (await db()).insert(outbox).values({
    kind: FEEDBACK_KIND,
    payload: {
      operatorKey: operator.key,
      municipality: scope.municipalityName,
      message: values.message,
      page: values.page || null,
      name: values.name || null,
      email: values.email || null,
      sentAt: new Date().toISOString(),
    },
  });
  nudgeOutbox();
  return { ok: true };
}
