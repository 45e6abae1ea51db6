import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SignInChoice } from "~/components/citizen-login/sign-in-choice";
import { loadSignInPage, type SignInPage } from "~/server/citizen-login/sign-in.http.server";

export const meta: MetaFunction = () => [{ title: "Anmelden – Bürgerportal" }];
export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request }: LoaderFunctionArgs) {
  return loadSignInPage(request);
}

export default function SignIn() {
  return <SignInChoice page={useLoaderData() as SignInPage} />;
}
