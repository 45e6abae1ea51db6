/**
 * The form posts of the draft pages (new service, next version): check a text without storing
 * it, save it as the draft, or publish the stored draft. A save or publication redirects (a
 * reload never posts twice); a check or a refusal comes back with the problems and — when
 * nothing was stored — the posted text, so no typing is lost.
 */
import { checkDefinitionText, type DefinitionProblem } from "../../engine/definition-check.server";
import type { RefusalKind } from "../outcome";
import type { EditorialActor } from "./actor";
import { readDefinitionPost } from "./definition-form.http.server";
import { publishVersion } from "./publish.server";
import { saveDraft } from "./version-drafts.server";

/** What the page shows after a post that did not redirect. `text` is null when nothing was posted back. */
export type DraftPageResult = {
  kind: "checked" | "refused";
  action: "check" | "save" | "publish";
  message: string;
  problems: DefinitionProblem[];
  text: string | null;
};
/** `refused` is null when the page only shows a check's findings. */
export type DraftPageOutcome = { ok: true; location: string } | { ok: false; refused: RefusalKind | null; result: DraftPageResult };

const servicePath = (id: string) => `/redaktion/leistungen/${id}`;

/** The page a save returns to: the JSON editor, or the builder when it posted (`ansicht=baukasten`). */
const draftPageOf = (fields: Map<string, string>) => (fields.get("ansicht") === "baukasten" ? "baukasten" : "entwurf");

/** The builder's live check: exactly `npm run forms:check` on the posted text, nothing stored. */
export async function checkPostedDefinition(
  request: Request,
): Promise<{ ok: true; problems: DefinitionProblem[] } | { ok: false; kind: RefusalKind; message: string }> {
  const post = await readDefinitionPost(request);
  if (!post.ok) return { ok: false, kind: post.kind, message: post.message };
  return { ok: true, problems: checkDefinitionText(post.text).problems };
}

function intentOf(value: string | undefined): DraftPageResult["action"] {
  return value === "publish" || value === "check" ? value : "save";
}

export async function performDraftPost(actor: EditorialActor, request: Request, serviceId?: string): Promise<DraftPageOutcome> {
  const post = await readDefinitionPost(request);
  const action = intentOf(post.fields.get("intent"));
  if (!post.ok)
    return { ok: false, refused: post.kind, result: { kind: "refused", action, message: post.message, problems: [], text: null } };

  if (action === "check") {
    // Exactly `npm run forms:check`: the same function, nothing stored, nothing else added.
    const { problems } = checkDefinitionText(post.text);
    const message =
      problems.length === 0
        ? "Die Formulardefinition erfüllt alle Regeln. Gespeichert wurde nichts."
        : "Die Formulardefinition enthält Fehler. Gespeichert wurde nichts.";
    return { ok: false, refused: null, result: { kind: "checked", action, message, problems, text: post.text } };
  }

  if (action === "publish" && serviceId) {
    const version = Number(post.fields.get("version"));
    const published = await publishVersion(actor, serviceId, Number.isInteger(version) ? version : 0, { basis: post.fields.get("basis") });
    if (published.ok) return { ok: true, location: `${servicePath(serviceId)}?hinweis=veroeffentlicht&version=${published.version}` };
    return {
      ok: false,
      refused: published.kind,
      result: { kind: "refused", action, message: published.message, problems: published.problems ?? [], text: null },
    };
  }

  const saved = await saveDraft(actor, {
    serviceId,
    text: post.text,
    keepInvalid: true,
    basis: post.fields.get("basis"),
    newServiceOnly: serviceId === undefined,
  });
  if (saved.ok) {
    const notice = saved.problems.length > 0 ? "gespeichert-mit-fehlern" : "gespeichert";
    return { ok: true, location: `${servicePath(saved.serviceId)}/${draftPageOf(post.fields)}?hinweis=${notice}` };
  }
  return {
    ok: false,
    refused: saved.kind,
    result: { kind: "refused", action: "save", message: saved.message, problems: saved.problems ?? [], text: post.text },
  };
}
