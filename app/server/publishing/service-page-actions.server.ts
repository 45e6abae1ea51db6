/** The form posts of a service's page: retire a version, retire the service. */
import { refuse, text, type Refusal } from "../outcome";
import type { EditorialActor } from "./actor";
import { retireService, retireVersion } from "./retire.server";

export type ServicePageOutcome = { ok: true; notice: string } | Refusal;

export async function performServicePost(actor: EditorialActor, serviceId: string, form: FormData): Promise<ServicePageOutcome> {
  const intent = String(form.get("intent") ?? "");
  if (intent === "retire-version") {
    const version = Number(form.get("version"));
    const result = await retireVersion(actor, serviceId, Number.isInteger(version) ? version : 0);
    return result.ok ? { ok: true, notice: `version-eingestellt&version=${version}` } : result;
  }
  if (intent === "retire-service") {
    if (form.get("confirm") !== "ja") {
      return refuse("invalid", "confirmation_missing", text("refusal.retireConfirmationMissing"));
    }
    const result = await retireService(actor, serviceId);
    return result.ok ? { ok: true, notice: "eingestellt" } : result;
  }
  return refuse("malformed", "unknown_intent", text("refusal.unknownAction"));
}
