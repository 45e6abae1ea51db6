/** Export and deletion of the signed-in account (ADR 037). */
import { data, redirect } from "@remix-run/node";
import { readPageForm } from "../form-body.http.server";
import { deleteAccount, exportAccount } from "./account-data.server";
import { myCaseNumbers } from "./my-cases.server";
import { requireCitizen } from "./require-citizen.http.server";
import { clearedCitizenSessionCookie } from "./session-cookie.server";

export type DeleteAccountData = { confirm: { caseNumbers: string[] } } | { deleted: { caseNumbers: string[] } };

export async function accountExportResponse(request: Request): Promise<Response> {
  const citizen = await requireCitizen(request);
  const document = await exportAccount(citizen.accountId);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="buergerportal-konto-${day}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function confirmAccountDeletion(request: Request): Promise<DeleteAccountData> {
  const citizen = await requireCitizen(request);
  return { confirm: { caseNumbers: await myCaseNumbers(citizen.accountId) } };
}

/** The second step: deletes, signs this browser out and says which cases stay reachable by access code. */
export async function deleteAccountPost(request: Request) {
  const citizen = await requireCitizen(request);
  const form = await readPageForm(request);
  if (form.get("bestaetigt") !== "ja") throw redirect("/mein-bereich/konto-loeschen");
  const result = await deleteAccount(citizen.accountId);
  const page: DeleteAccountData = { deleted: { caseNumbers: result?.keptCases ?? [] } };
  return data(page, { headers: { "Set-Cookie": clearedCitizenSessionCookie(request), "Cache-Control": "no-store" } });
}
