import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { SignInRefused } from "~/components/citizen-login/sign-in-refused";
import { receiveBundIdResponse, type RefusalPage } from "~/server/citizen-login/sign-in.http.server";

/** BundID's answer arrives here as a cross-site POST (SAML HTTP-POST binding); server/index.js lets it through (ADR 038). */
export const meta: MetaFunction = () => [{ title: "Fehler: Anmeldung nicht möglich – Bürgerportal" }];

export function action({ request }: ActionFunctionArgs) {
  return receiveBundIdResponse(request);
}

export default function BundIdAssertionConsumer() {
  const page = useActionData() as RefusalPage | undefined;
  return (
    <SignInRefused
      message={
        page?.refusal.message ??
        "Diese Adresse nimmt nur die Antwort des Anmeldedienstes entgegen. Bitte beginnen Sie die Anmeldung auf der Seite „Anmelden“."
      }
    />
  );
}
