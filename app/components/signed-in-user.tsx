import { Form } from "@remix-run/react";
import { signedInDetail } from "~/server/staff/staff-user";

/** Who is signed in to the staff or editorial area, and the way out (one sign-out for both). */
export function SignedInUser({ name, detail }: { name: string; detail: string }) {
  const shownDetail = signedInDetail(name, detail);
  return (
    <div className="staff-bar__user">
      <p className="kern-body kern-body--small">
        Angemeldet als <strong>{name}</strong>
        {shownDetail && ` · ${shownDetail}`}
      </p>
      <Form method="post" action="/verwaltung/abmelden">
        <button type="submit" className="kern-btn kern-btn--secondary kern-btn--x-small">
          <span className="kern-label">Abmelden</span>
        </button>
      </Form>
    </div>
  );
}
