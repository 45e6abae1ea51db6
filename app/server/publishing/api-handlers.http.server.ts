/**
 * The editorial API (`services:write` token of a Landratsamt): drafts from a definition body,
 * publishing a version, and the county's offering. Routes call these and return the Response.
 */
import { apiError, apiJson, apiText } from "../api/responses.server";
import { SERVICE_ID_PATTERN, VERSION_PATTERN } from "../../lib/codes";
import { readRequestBody } from "../api/request-body.server";
import { failureResponse, readDefinitionBody } from "./api-io.http.server";
import { requireEditorClient } from "./editor.http.server";
import { offeringView, setOffering } from "./offering.server";
import { publishVersion } from "./publish.server";
import { saveDraft } from "./version-drafts.server";
import { createDraftFromFim } from "./fim-draft.server";
import { readFimUpload } from "./fim-upload.http.server";

const serviceNotFound = (request: Request, id: string) =>
  apiError(404, "service_not_found", apiText(request, "api.countyServiceNotFound", { id: id.slice(0, 80) }));

const links = (id: string, version: number) => ({
  publish: `/api/v1/services/${id}/versions/${version}/publish`,
  preview: `/redaktion/leistungen/${id}/vorschau`,
});

/** POST /api/v1/services: the body is a definition; a new service or the next version of one. */
export async function createDraftOverApi(request: Request): Promise<Response> {
  const auth = await requireEditorClient(request);
  if (!auth.ok) return auth.response;
  const body = await readDefinitionBody(request);
  if (!body.ok) return body.response;
  const result = await saveDraft(auth.actor, { text: body.text, keepInvalid: false });
  if (!result.ok) return failureResponse(request, result);
  return apiJson(
    { id: result.serviceId, version: result.version, status: "draft", links: links(result.serviceId, result.version) },
    { status: result.created.draft ? 201 : 200, headers: { Location: `/api/v1/services/${result.serviceId}` } },
  );
}

/** POST /api/v1/services/import/fim: a FIM Stammdatenschema (multipart) becomes the draft of a new service. */
export async function importFimOverApi(request: Request): Promise<Response> {
  const auth = await requireEditorClient(request);
  if (!auth.ok) return auth.response;
  const upload = await readFimUpload(request);
  if (!upload.ok) return failureResponse(request, upload);
  const result = await createDraftFromFim(auth.actor, upload.input);
  if (!result.ok) return failureResponse(request, result);
  return apiJson(
    {
      id: result.serviceId,
      version: result.version,
      status: "draft",
      links: links(result.serviceId, result.version),
      report: result.report,
    },
    { status: 201, headers: { Location: `/api/v1/services/${result.serviceId}` } },
  );
}

/** POST /api/v1/services/:id/versions/:version/publish */
export async function publishOverApi(request: Request, params: { id?: string; version?: string }): Promise<Response> {
  const auth = await requireEditorClient(request);
  if (!auth.ok) return auth.response;
  const id = params.id ?? "";
  if (!SERVICE_ID_PATTERN.test(id)) return serviceNotFound(request, id);
  if (!VERSION_PATTERN.test(params.version ?? "")) return apiError(404, "version_not_found", apiText(request, "api.versionNumber"));
  const result = await publishVersion(auth.actor, id, Number(params.version));
  if (!result.ok) return failureResponse(request, result);
  return apiJson({ id, version: result.version, status: "published", publishedAt: result.publishedAt.toISOString() });
}

function offeringResource(id: string, countyAgs: string, countyName: string, municipalities: string[]) {
  return { id, county: { ags: countyAgs, name: countyName }, municipalities };
}

/** GET /api/v1/services/:id/offering: the municipalities of the token's county that offer the service. */
export async function offeringOverApi(request: Request, params: { id?: string }): Promise<Response> {
  const auth = await requireEditorClient(request);
  if (!auth.ok) return auth.response;
  const id = params.id ?? "";
  const view = SERVICE_ID_PATTERN.test(id) ? await offeringView(auth.actor, id) : null;
  if (!view) return serviceNotFound(request, id);
  const offered = view.groups.flatMap((g) => g.municipalities.filter((m) => m.offered).map((m) => m.ags)).sort();
  return apiJson(offeringResource(id, auth.actor.countyAgs, auth.actor.countyName, offered));
}

/** PUT /api/v1/services/:id/offering `{ municipalities: [AGS…] }`: replaces the county's part of the offering. */
export async function replaceOfferingOverApi(request: Request, params: { id?: string }): Promise<Response> {
  const auth = await requireEditorClient(request);
  if (!auth.ok) return auth.response;
  const id = params.id ?? "";
  if (!SERVICE_ID_PATTERN.test(id)) return serviceNotFound(request, id);
  const body = await readRequestBody<{ municipalities: string[] }>(request, "replaceServiceOffering");
  if (!body.ok) return body.response;
  const result = await setOffering(auth.actor, id, { kind: "selection", municipalities: body.value.municipalities });
  if (!result.ok) return failureResponse(request, result);
  return apiJson({
    ...offeringResource(id, auth.actor.countyAgs, auth.actor.countyName, result.municipalities),
    added: result.added,
    removed: result.removed,
  });
}
