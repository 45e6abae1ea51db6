import { publishedService } from "../services/service-versions.server";
import { apiJson, apiText, notFound } from "./responses.server";
import { bundledDataSchema, parseBundleName, sharedPartDocument } from "./schema-documents.server";

function schemaJson(document: unknown, maxAge: number): Response {
  const response = apiJson(document, { headers: { "Cache-Control": `public, max-age=${maxAge}` } });
  response.headers.set("Content-Type", "application/schema+json; charset=utf-8");
  return response;
}

/** GET /api/v1/schemas/<name>: a shared part, or the bundled data schema of a published version. */
export async function schemaDocumentResponse(name: string, publicUrl: string, request: Request): Promise<Response> {
  const part = sharedPartDocument(name, publicUrl);
  if (part) return schemaJson(part, 300);
  const bundle = parseBundleName(name);
  const service = bundle ? await publishedService(bundle.serviceId, bundle.version) : null;
  // Published versions never change, so their schema may be cached for long.
  if (service) return schemaJson(bundledDataSchema(service.definition, publicUrl), 86400);
  return notFound(apiText(request, "api.schemaNotFound", { name: name.slice(0, 100) }));
}
