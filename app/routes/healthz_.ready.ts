import { apiJson } from "~/server/api/responses.server";
import { databaseReadiness } from "~/server/db.server";

/** Readiness: 200 only while the database answers and takes writes; a load balancer sends no citizen here otherwise. */
export async function loader() {
  const readiness = await databaseReadiness();
  return readiness.ready
    ? apiJson({ status: "ready", database: "primary" })
    : apiJson({ status: "not_ready", reason: readiness.reason }, { status: 503 });
}
