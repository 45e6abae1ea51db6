import { apiJson } from "~/server/api/responses.server";
import { openApiDocument } from "~/server/api/openapi.server";
import { env } from "~/server/env.server";

export const loader = () => apiJson(openApiDocument(env().publicUrl), { headers: { "Cache-Control": "public, max-age=300" } });
