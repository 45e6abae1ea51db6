import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SignInRefused } from "~/components/citizen-login/sign-in-refused";
import { finishLand, type RefusalPage } from "~/server/citizen-login/sign-in.http.server";

export const meta: MetaFunction = () => [{ title: "Fehler: Anmeldung nicht möglich – Bürgerportal" }];

export function loader({ request }: LoaderFunctionArgs) {
  return finishLand(request);
}

export default function LandCallback() {
  const page = useLoaderData() as RefusalPage;
  return <SignInRefused message={page.refusal.message} />;
}
