/** The form posts of a service's page: retire a version, retire the service. */
import type { EditorialActor } from "./actor";
import { retireService, retireVersion } from "./retire.server";

export type ServicePageOutcome = { ok: true; notice: string } | { ok: false; status: number; message: string };

export async function performServicePost(actor: EditorialActor, serviceId: string, form: FormData): Promise<ServicePageOutcome> {
  const intent = String(form.get("intent") ?? "");
  if (intent === "retire-version") {
    const version = Number(form.get("version"));
    const result = await retireVersion(actor, serviceId, Number.isInteger(version) ? version : 0);
    return result.ok
      ? { ok: true, notice: `version-eingestellt&version=${version}` }
      : { ok: false, status: result.status, message: result.message };
  }
  if (intent === "retire-service") {
    if (form.get("confirm") !== "ja") {
      return { ok: false, status: 422, message: "Bitte bestätigen Sie, dass die Leistung eingestellt werden soll." };
    }
    const result = await retireService(actor, serviceId);
    return result.ok ? { ok: true, notice: "eingestellt" } : { ok: false, status: result.status, message: result.message };
  }
  return { ok: false, status: 400, message: "Diese Aktion gibt es nicht." };
}
