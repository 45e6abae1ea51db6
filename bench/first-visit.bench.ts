/**
 * A first visit with an empty cache: the bytes Chromium receives (DevTools protocol,
 * encodedDataLength: headers and compressed bodies) for the home page, a wizard step and the
 * clerk inbox, by kind, and the page's JavaScript as gzip would send it. Against the built app
 * on PGlite. Targets for the step page: ≤ 200 KB in total, ≤ 100 KB gzip JavaScript.
 */
import { startServer } from "../tests/support/server";
import { firstVisitTransfer, kilobytes, scriptsAsGzip } from "../tests/e2e/support/transfer";
import { launchChromium, portalPages } from "./support/portal-pages";

export async function run() {
  const server = await startServer({ env: { LOG_LEVEL: "error" } });
  const browser = await launchChromium();
  try {
    for (const target of await portalPages(browser, server.baseUrl)) {
      const context = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE" });
      if (target.cookie) await context.setExtraHTTPHeaders({ Cookie: target.cookie });
      const page = await context.newPage();
      const transfer = await firstVisitTransfer(page, target.path);
      await context.close();
      const kinds = Object.entries(transfer.byType)
        .sort(([, a], [, b]) => b.bytes - a.bytes)
        .map(([kind, { bytes, requests }]) => `${kind} ${kilobytes(bytes)} (${requests})`)
        .join(", ");
      const scripts = await scriptsAsGzip(transfer);
      console.log(`${target.name} ${target.path}: ${kilobytes(transfer.totalBytes)} in ${transfer.requests} responses — ${kinds}`);
      console.log(`  JavaScript: ${scripts.scripts} scripts, ${kilobytes(scripts.bytes)} as gzip`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
