import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormAlert } from "~/components/staff/form-alert";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { clientAddress } from "~/server/rate-limit.server";
import { currentStaff, homePathFor, safeReturnPath } from "~/server/staff/guards.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";
import { login } from "~/server/staff/login.server";
import { refusalStatus } from "~/server/refusal-status.http.server";
import { sessionCookie } from "~/server/staff/session-cookie.server";
import { toStaffRoles } from "~/server/staff/staff-user";
import { readPageForm } from "~/server/form-body.http.server";

/** The staff area's own styles; the citizen pages never load them. */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/staff.css" }];
export const meta: MetaFunction = () => [{ title: "Anmeldung für die Verwaltung – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await currentStaff(request);
  if (user) throw redirect(safeReturnPath(url.searchParams.get("weiter")) ?? homePathFor(user), { headers: NO_STORE });
  return { loggedOut: url.searchParams.has("abgemeldet"), next: safeReturnPath(url.searchParams.get("weiter")) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await readPageForm(request);
  const username = String(form.get("username") ?? "");
  const result = await login({ username, password: String(form.get("password") ?? ""), clientAddress: clientAddress(context) });
  if (!result.ok) {
    const headers: Record<string, string> = { ...NO_STORE };
    if (result.retryAfterSeconds) headers["Retry-After"] = String(result.retryAfterSeconds);
    return data({ error: result.message, username: username.slice(0, 100) }, { status: refusalStatus(result), headers });
  }
  const target = safeReturnPath(String(form.get("weiter") ?? "")) ?? homePathFor({ roles: toStaffRoles(result.roles) });
  return redirect(target, { headers: { ...NO_STORE, "Set-Cookie": sessionCookie(request, result.token) } });
}

export default function StaffLogin() {
  const { loggedOut, next } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>() as { error: string; username: string } | undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="kern-stack-lg staff-login">
      <h1 className="kern-heading-large">Anmeldung für die Verwaltung</h1>
      {failed?.error ? (
        <FormAlert tone="danger" title="Anmeldung nicht möglich" id="anmeldefehler">
          <p className="kern-body">{failed.error}</p>
        </FormAlert>
      ) : loggedOut ? (
        <FormAlert tone="success" title="Sie sind abgemeldet." />
      ) : null}
      <p className="kern-body">Dieser Bereich ist für Beschäftigte der Gemeinden, Verwaltungsgemeinschaften und Landratsämter.</p>
      <Form method="post" className="kern-stack" aria-describedby={failed?.error ? "anmeldefehler" : undefined}>
        {next && <input type="hidden" name="weiter" value={next} />}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="username">
            Benutzername
          </label>
          <input
            className="kern-form-input__input"
            id="username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={100}
            defaultValue={failed?.username}
          />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="password">
            Passwort
          </label>
          <input
            className="kern-form-input__input"
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={256}
          />
        </div>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">Anmelden</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
