import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { StaffBar } from "~/components/staff/staff-bar";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";
import { requireStaff } from "~/server/staff/guards.http.server";

/** The staff area's own styles; the citizen pages never load them. */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/staff.css" }];
export const meta: MetaFunction = () => [{ title: "Verwaltung – Bürgerportal" }];
export const headers = noStoreHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  return { user: { displayName: user.displayName, authorityName: user.authorityName, roles: user.roles } };
}

export default function StaffArea() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <div className="kern-stack-lg">
      <StaffBar user={user} />
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
