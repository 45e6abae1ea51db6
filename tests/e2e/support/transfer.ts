import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";

export type Transfer = {
  /** Every response's bytes on the wire (headers and compressed body), as Chromium counts them. */
  totalBytes: number;
  requests: number;
  byType: Record<string, { bytes: number; requests: number }>;
  responses: Array<{ url: string; type: string; bytes: number }>;
};

/**
 * Loads `path` in `page` as a first visit: the browser's cache emptied and switched off, then
 * the bytes of every response counted from the DevTools protocol (Network.loadingFinished's
 * encodedDataLength) until the network has been idle, so fonts and late scripts count too.
 */
export async function firstVisitTransfer(page: Page, path: string): Promise<Transfer> {
  // Whatever the page before still loads must not be counted.
  await page.waitForLoadState("networkidle");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map<string, string>();
  const urls = new Map<string, string>();
  const transfer: Transfer = { totalBytes: 0, requests: 0, byType: {}, responses: [] };
  cdp.on("Network.responseReceived", (event) => {
    types.set(event.requestId, event.type.toLowerCase());
    urls.set(event.requestId, event.response.url);
  });
  cdp.on("Network.loadingFinished", (event) => {
    const type = types.get(event.requestId) ?? "other";
    const entry = (transfer.byType[type] ??= { bytes: 0, requests: 0 });
    entry.bytes += event.encodedDataLength;
    entry.requests++;
    transfer.totalBytes += event.encodedDataLength;
    transfer.requests++;
    transfer.responses.push({ url: urls.get(event.requestId) ?? "", type, bytes: event.encodedDataLength });
  });
  await page.goto(path, { waitUntil: "networkidle" });
  await cdp.detach();
  return transfer;
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts of a first visit as gzip (level 9) would send them, whatever encoding the browser got. */
export async function scriptsAsGzip(transfer: Transfer): Promise<{ scripts: number; bytes: number }> {
  const urls = transfer.responses.filter((response) => response.type === "script").map((response) => response.url);
  let bytes = 0;
  for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).byteLength;
  return { scripts: urls.length, bytes };
}
