/** The form posts of the offering page: the offering itself and the routing overrides. */
import { refuse, text, type Refusal } from "../outcome";
import type { EditorialActor } from "./actor";
import { setOffering, type OfferingChoice } from "./offering.server";
import { removeOverride, setOverride } from "./routing-overrides.server";

export type OfferingPageOutcome = { ok: true; notice: string } | Refusal<{ intent: string }>;

function offeringChoice(form: FormData): OfferingChoice {
  switch (form.get("umfang")) {
    case "alle":
      return { kind: "all" };
    case "keine":
      return { kind: "none" };
    default:
      return { kind: "selection", municipalities: form.getAll("gemeinde").map(String), associations: form.getAll("verband").map(String) };
  }
}

export async function performOfferingPost(actor: EditorialActor, serviceId: string, form: FormData): Promise<OfferingPageOutcome> {
  const intent = String(form.get("intent") ?? "");
  const failed = (refusal: Refusal) => ({ ...refusal, intent });
  switch (intent) {
    case "offering": {
      const result = await setOffering(actor, serviceId, offeringChoice(form));
      return result.ok ? { ok: true, notice: "angebot" } : failed(result);
    }
    case "set-override": {
      const municipality = String(form.get("gemeinde") ?? "");
      const authority = String(form.get("behoerde") ?? "");
      if (!municipality || !authority) return failed(refuse("invalid", "choice_missing", text("refusal.overrideChoiceMissing")));
      const result = await setOverride(actor, serviceId, municipality, authority);
      return result.ok ? { ok: true, notice: "zustaendigkeit" } : failed(result);
    }
    case "remove-override": {
      const result = await removeOverride(actor, serviceId, String(form.get("gemeinde") ?? ""));
      return result.ok ? { ok: true, notice: "zustaendigkeit-aufgehoben" } : failed(result);
    }
    default:
      return failed(refuse("malformed", "unknown_intent", text("refusal.unknownAction")));
  }
}
