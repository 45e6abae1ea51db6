import { apiJson } from "~/server/api/responses.server";

/** Liveness: the process answers. It never asks the database, so an outage does not get the process restarted. */
export function loader() {
  return apiJson({ status: "ok" });
}
