import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PrivacyPage } from "~/components/legal/privacy-page";
import { privacyPageData } from "~/server/legal/legal-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Datenschutzerklärung${data?.municipality ? ` – ${data.municipality.name}` : ""} – Bürgerportal` },
  {
    name: "description",
    content: "Welche Daten das Bürgerportal je Leistung verarbeitet, wer verantwortlich ist, wie lange sie gespeichert werden.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return privacyPageData(request);
}

export default function Datenschutz() {
  return <PrivacyPage data={useLoaderData<typeof loader>()} />;
}
