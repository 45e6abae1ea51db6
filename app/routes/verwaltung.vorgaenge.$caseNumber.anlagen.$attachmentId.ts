import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseAttachment } from "~/server/cases/case-files.server";
import { downloadResponse } from "~/server/cases/download.http.server";
import { requireStaff } from "~/server/staff/guards.http.server";
import { NO_STORE } from "~/server/staff/no-store.http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, "clerk");
  const file = await caseAttachment(user.authorityId, params.caseNumber ?? "", params.attachmentId ?? "");
  if (!file)
    return new Response("Diese Datei gibt es in Ihrer Behörde nicht.", {
      status: 404,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  return downloadResponse(file);
}
