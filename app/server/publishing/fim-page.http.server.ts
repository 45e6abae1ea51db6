/**
 * The form post of "Aus FIM-Stammdatenschema anlegen": read the upload, create the draft, and
 * hand the page the report (shown beside the links to the draft) or the refusal.
 */
import type { ImportReport } from "../fim/report";
import type { RefusalKind } from "../outcome";
import type { EditorialActor } from "./actor";
import { createDraftFromFim } from "./fim-draft.server";
import { readFimUpload } from "./fim-upload.http.server";

export type FimPageResult =
  | { ok: true; serviceId: string; version: number; report: ImportReport }
  | { ok: false; refused: RefusalKind; message: string; problems: Array<{ pointer: string; message: string }> };

export async function performFimImportPost(actor: EditorialActor, request: Request): Promise<FimPageResult> {
  const upload = await readFimUpload(request);
  if (!upload.ok) return { ok: false, refused: upload.kind, message: upload.message, problems: [] };
  const result = await createDraftFromFim(actor, upload.input);
  if (!result.ok) {
    const problems = (result.problems ?? []).filter((p) => p.message !== result.message && !result.message.endsWith(p.message));
    return { ok: false, refused: result.kind, message: result.message, problems };
  }
  return { ok: true, serviceId: result.serviceId, version: result.version, report: result.report };
}
