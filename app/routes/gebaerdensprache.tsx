import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SignLanguagePage } from "~/components/legal/sign-language-page";
import { legalPageBase } from "~/server/legal/legal-pages.server";

export const meta: MetaFunction = () => [
  { title: "Deutsche Gebärdensprache – Bürgerportal" },
  { name: "description", content: "Informationen zum Bürgerportal in Deutscher Gebärdensprache." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { base: await legalPageBase(request) };
}

export default function Gebaerdensprache() {
  return <SignLanguagePage base={useLoaderData<typeof loader>().base} />;
}
