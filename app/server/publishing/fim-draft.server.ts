/**
 * A new draft service from a FIM Stammdatenschema: the import (app/server/fim) writes the form
 * definition, and it is saved exactly like a definition an editor types in (saveDraft, as a new
 * service of the editor's county). A schema that cannot be imported is refused with the
 * import's message (file, line, element); nothing is stored then.
 */
import { FimImportError, importFim, type FimFile } from "../fim/import-fim";
import type { ImportReport } from "../fim/report";
import { refuse } from "../outcome";
import type { EditorialActor } from "./actor";
import type { DefinitionRefusal } from "./draft-rules";
import { saveDraft } from "./version-drafts.server";

export type FimDraftInput = {
  schema: FimFile;
  codeLists: FimFile[];
  id?: string;
  level?: "gemeinde" | "kreis";
};

export type FimDraftResult = { ok: true; serviceId: string; version: number; report: ImportReport } | DefinitionRefusal;

export async function createDraftFromFim(actor: EditorialActor, input: FimDraftInput): Promise<FimDraftResult> {
  let imported: ReturnType<typeof importFim>;
  try {
    imported = importFim(input.schema, input.codeLists, { id: input.id, level: input.level });
  } catch (error) {
    if (!(error instanceof FimImportError)) throw error;
    return refuse("invalid", "fim_import_failed", `Das FIM-Stammdatenschema lässt sich nicht übernehmen: ${error.message}`, {
      problems: [{ pointer: "", message: error.message }],
    });
  }
  const saved = await saveDraft(actor, {
    text: `${JSON.stringify(imported.definition, null, 2)}\n`,
    keepInvalid: false,
    newServiceOnly: true,
  });
  if (!saved.ok) return saved;
  return { ok: true, serviceId: saved.serviceId, version: saved.version, report: imported.report };
}
