import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EasyReadPage } from "~/components/legal/easy-read-page";
import { legalPageBase } from "~/server/legal/legal-pages.server";

export const meta: MetaFunction = () => [
  { title: "Leichte Sprache – Bürgerportal" },
  { name: "description", content: "Das Bürger-Portal in Leichter Sprache: So stellen Sie einen Antrag." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { base: await legalPageBase(request) };
}

export default function LeichteSprache() {
  return <EasyReadPage base={useLoaderData<typeof loader>().base} />;
}
