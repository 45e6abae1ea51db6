import type { LoaderFunctionArgs } from "@remix-run/node";
import { SERVICE_ID_PATTERN, VERSION_PATTERN } from "~/lib/codes";
import { apiError, apiJson, apiText, notFound } from "~/server/api/responses.server";
import { publishedDataSchema } from "~/server/api/schema-documents.server";
import { env } from "~/server/env.server";
import { publishedService } from "~/server/services/service-versions.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const versionParam = new URL(request.url).searchParams.get("version");
  if (versionParam !== null && !VERSION_PATTERN.test(versionParam)) {
    return apiError(400, "invalid_version", apiText(request, "api.invalidVersion"));
  }
  const service = SERVICE_ID_PATTERN.test(id) ? await publishedService(id, versionParam ? Number(versionParam) : undefined) : null;
  if (!service)
    return notFound(
      versionParam
        ? apiText(request, "api.serviceVersionNotFound", { id, version: versionParam })
        : apiText(request, "api.serviceNotFound", { id }),
    );
  const dataSchema = publishedDataSchema(service.definition, env().publicUrl);
  return apiJson({ ...service.definition, dataSchema, status: service.retired ? "retired" : "published" });
}
