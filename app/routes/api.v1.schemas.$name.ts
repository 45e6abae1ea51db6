import type { LoaderFunctionArgs } from "@remix-run/node";
import { schemaDocumentResponse } from "~/server/api/schema-resource.server";
import { env } from "~/server/env.server";

/** The JSON Schemas of form data: shared parts and bundled per-version data schemas, with absolute `$id`s. */
export const loader = ({ params, request }: LoaderFunctionArgs) => schemaDocumentResponse(params.name ?? "", env().publicUrl, request);
