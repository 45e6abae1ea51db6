import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ImpressumPage } from "~/components/legal/impressum-page";
import { legalPageBase } from "~/server/legal/legal-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Impressum${data?.base.municipality ? ` – ${data.base.municipality.name}` : ""} – Bürgerportal` },
  { name: "description", content: `Impressum des Bürgerportals: Anbieter ${data?.base.operator.name ?? ""}, Anschrift und Kontakt.` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { base: await legalPageBase(request) };
}

export default function Impressum() {
  const { base } = useLoaderData<typeof loader>();
  return <ImpressumPage base={base} />;
}
