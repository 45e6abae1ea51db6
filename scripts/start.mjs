// `npm start`: build when the build is missing or older than the sources, then serve.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const sources = ["app", "db", "schemas", "forms", "remix.config.js", "package.json"];
const buildFile = "build/index.js";

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

const needsBuild =
  !existsSync(buildFile) || !existsSync("public/kern/kern.min.css") || statSync(buildFile).mtimeMs < Math.max(...sources.map(newestMtime));

if (needsBuild) {
  console.log("Building the portal …");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.NODE_ENV ??= "production";
await import("../server/cluster.js");
