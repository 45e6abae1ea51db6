import type { LoaderFunctionArgs } from "@remix-run/node";
import { SERVICE_ID_PATTERN, VERSION_PATTERN } from "~/lib/codes";
import { apiError, apiJson, notFound } from "~/server/api/responses.server";
import { publishedDataSchema } from "~/server/api/schema-documents.server";
import { env } from "~/server/env.server";
import { publishedService } from "~/server/services/service-versions.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const versionParam = new URL(request.url).searchParams.get("version");
  if (versionParam !== null && !VERSION_PATTERN.test(versionParam)) {
    return apiError(400, "invalid_version", "„version“ muss eine ganze Zahl ab 1 sein.");
  }
  const service = SERVICE_ID_PATTERN.test(id) ? await publishedService(id, versionParam ? Number(versionParam) : undefined) : null;
  if (!service)
    return notFound(
      versionParam ? `Die Leistung „${id}“ gibt es nicht in Version ${versionParam}.` : `Die Leistung „${id}“ gibt es nicht.`,
    );
  const dataSchema = publishedDataSchema(service.definition, env().publicUrl);
  return apiJson({ ...service.definition, dataSchema, status: service.retired ? "retired" : "published" });
}
