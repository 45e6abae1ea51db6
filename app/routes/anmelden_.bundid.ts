import type { LoaderFunctionArgs } from "@remix-run/node";
import { beginBundId } from "~/server/citizen-login/sign-in.http.server";

export function loader({ request }: LoaderFunctionArgs) {
  return beginBundId(request);
}
