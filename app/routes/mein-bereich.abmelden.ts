import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { postSignOut } from "~/server/citizen-account/my-area.http.server";

/** Sign out on this device, or everywhere (`ueberall=ja`). */
export function action({ request }: ActionFunctionArgs) {
  return postSignOut(request);
}

export function loader() {
  return redirect("/mein-bereich");
}
