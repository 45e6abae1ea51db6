import { apiJson } from "~/server/api/responses.server";
import { databaseHealth } from "~/server/db.server";

export async function loader() {
  const health = await databaseHealth();
  return health.ok
    ? apiJson({ status: "ok", database: "ok" })
    : apiJson({ status: "unavailable", database: "unreachable", reason: health.reason }, { status: 503 });
}
