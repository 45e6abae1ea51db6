import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportCase } from "~/server/cases/case-export.server";
import { findCase } from "~/server/cases/case-record.server";
import { downloadResponse } from "~/server/cases/download.http.server";
import { requireStaff } from "~/server/staff/guards.http.server";
import { NO_STORE } from "~/server/staff/no-store.http.server";

/** One case as JSON (schemas/case-export.schema.json), as a file to keep or hand to a Fachverfahren. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, "clerk");
  const record = await findCase(user.authorityId, params.caseNumber ?? "");
  if (!record)
    return new Response("Diesen Vorgang gibt es in Ihrer Behörde nicht.", {
      status: 404,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  const document = await exportCase(record);
  return downloadResponse({
    name: `Vorgang-${record.caseNumber}.json`,
    mediaType: "application/json",
    content: `${JSON.stringify(document, null, 2)}\n`,
  });
}
