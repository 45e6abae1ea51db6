import { bundIdMetadataResponse } from "~/server/citizen-login/sign-in.http.server";

export function loader() {
  return bundIdMetadataResponse();
}
