import type { LoaderFunctionArgs } from "@remix-run/node";
import { beginLand } from "~/server/citizen-login/sign-in.http.server";

export function loader({ request }: LoaderFunctionArgs) {
  return beginLand(request);
}
