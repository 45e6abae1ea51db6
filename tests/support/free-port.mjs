// Plain JavaScript, so that the browser tests' server script (tests/e2e/serve.mjs) can use it too.
import { createServer } from "node:net";

/**
 * A port nobody listens on right now, for a server a test starts.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
