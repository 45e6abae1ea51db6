import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EditorBar } from "~/components/publishing/editor-bar";
import { requireEditorSession } from "~/server/publishing/editor.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

/** The staff area's styles plus the editor's (line-numbered texts, problem lists, offering groups). */
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/staff.css" },
  { rel: "stylesheet", href: "/redaktion.css" },
];
export const meta: MetaFunction = () => [{ title: "Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, roles } = await requireEditorSession(request);
  return {
    user: {
      displayName: actor.displayName,
      authorityName: actor.authorityName,
      countyName: actor.countyName,
      clerk: roles.includes("clerk"),
      operator: actor.portalOperator,
    },
  };
}

export default function EditorialArea() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <div className="kern-stack-lg">
      <EditorBar user={user} />
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
