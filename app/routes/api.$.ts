import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiText, notFound } from "~/server/api/responses.server";

export const loader = ({ request }: LoaderFunctionArgs) => notFound(apiText(request, "api.endpointUnknown"));
export const action = loader;
