import type { ActionFunctionArgs } from "@remix-run/node";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { checkPostedDefinition } from "~/server/publishing/draft-page-actions.http.server";
import { requireEditor } from "~/server/publishing/editor.http.server";
import { REFUSAL_STATUS } from "~/server/refusal-status.http.server";
import { NO_STORE } from "~/server/staff/no-store.http.server";

/** The builder's live check (POST only): the problems `npm run forms:check` finds in the posted definition. */
export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  await requireEditor(request);
  const outcome = await checkPostedDefinition(request);
  if (!outcome.ok)
    return Response.json({ problems: [], message: outcome.message }, { status: REFUSAL_STATUS[outcome.kind], headers: NO_STORE });
  return Response.json({ problems: outcome.problems, message: null }, { headers: NO_STORE });
}
