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

export const FEEDBACK_KIND = "accessibility-feedback";

export const FEEDBACK_LIMITS = { message: 5000, page: 500, name: 200, email: 254 } as const;

/** Per client address and hour: enough for a person reporting several barriers, not for a flood into the operator's mailbox. */
export const FEEDBACK_RATE_LIMIT: RateLimit = { name: "accessibility-feedback", limit: 10, windowSeconds: 60 * 60 };

export type FeedbackValues = { message: string; page: string; name: string; email: string };
export type FeedbackField = keyof FeedbackValues;

export type FeedbackOutcome =
  { ok: true } | { ok: false; status: 422 | 429; errors: Partial<Record<FeedbackField, string>>; values: FeedbackValues; message: string };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

export function readFeedback(form: FormData): FeedbackValues {
  return { message: text(form, "nachricht"), page: text(form, "seite"), name: text(form, "name"), email: text(form, "email") };
}

export function checkFeedback(values: FeedbackValues): Partial<Record<FeedbackField, string>> {
  const errors: Partial<Record<FeedbackField, string>> = {};
  if (values.message === "") errors.message = "Beschreiben Sie bitte die Barriere, auf die Sie gestoßen sind.";
  else if (values.message.length > FEEDBACK_LIMITS.message)
    errors.message = `Ihre Nachricht ist ${values.message.length} Zeichen lang. Bitte kürzen Sie sie auf höchstens ${FEEDBACK_LIMITS.message} Zeichen.`;
  if (values.page.length > FEEDBACK_LIMITS.page) errors.page = `Bitte geben Sie höchstens ${FEEDBACK_LIMITS.page} Zeichen an.`;
  if (values.name.length > FEEDBACK_LIMITS.name) errors.name = `Bitte geben Sie höchstens ${FEEDBACK_LIMITS.name} Zeichen an.`;
  if (values.email !== "" && (values.email.length > FEEDBACK_LIMITS.email || !isEmail(values.email)))
    errors.email = "Geben Sie eine E-Mail-Adresse wie name@beispiel.de an, oder lassen Sie das Feld leer.";
  for (const [field, value] of Object.entries(values) as Array<[FeedbackField, string]>) {
    if (!errors[field] && hasUnstorableText(value))
      errors[field] = "Der Text enthält Zeichen, die wir nicht speichern können. Bitte entfernen Sie sie.";
  }
  return errors;
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
      status: 422,
      errors,
      values,
      message: "Ihre Nachricht wurde noch nicht gesendet. Bitte prüfen Sie die markierten Angaben.",
    };
  }
  const decision = await hitRateLimit(FEEDBACK_RATE_LIMIT, clientAddress(context));
  if (!decision.allowed) {
    const minutes = retryMinutes(decision.retryAfterSeconds);
    return {
      ok: false,
      status: 429,
      errors: {},
      values,
      message: `Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Nachrichten. Bitte warten Sie ${minutes} Minuten, oder schreiben Sie direkt an ${operator.email}.`,
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
