import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/** `npm run test:ha`: PostgreSQL clusters of their own (pgBackRest, Patroni, etcd, HAProxy), run by scripts/ops/test-ha.sh. */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/ha/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: "forks",
    fileParallelism: false,
  },
});
