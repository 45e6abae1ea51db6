import { expect, test } from "@playwright/test";
import { firstVisitTransfer, kilobytes, scriptsAsGzip } from "../support/transfer";
import { builtInForms, MUNICIPALITY } from "./support/forms";

// Issue 16's targets (ADR 035, ADR 043); `npm run bench` (first-visit) reports the figures.
const BUDGET_BYTES = 200 * 1024;
const SCRIPT_BUDGET_GZIP_BYTES = 100 * 1024;

// The budget is the JavaScript page's: without scripts the page is lighter still.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the budget counts the scripts");

test("a wizard step page, first visit with an empty cache, stays within 200 KB (fonts included) and 100 KB of scripts as gzip", async ({
  page,
  browser,
}) => {
  const dogTax = builtInForms().find((form) => form.definition.id === "hundesteuer-anmeldung")!.definition;
  await page.goto(`/${MUNICIPALITY}/${dogTax.id}`);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page).toHaveURL(/\/schritt\//);
  // The first visit itself in a fresh browser that holds only the draft's cookie: nothing the
  // start page still loads can be counted.
  const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
  await fresh.addCookies(await page.context().cookies());
  const transfer = await firstVisitTransfer(await fresh.newPage(), new URL(page.url()).pathname);
  await fresh.close();
  const fonts = transfer.byType.font?.requests ?? 0;
  expect(fonts, "the KERN faces are loaded").toBeGreaterThan(0);
  expect(
    transfer.totalBytes,
    `${kilobytes(transfer.totalBytes)} in ${transfer.requests} responses: ${JSON.stringify(transfer.responses, null, 1)}`,
  ).toBeLessThanOrEqual(BUDGET_BYTES);
  // The walk in the browser (the runtime, the validator) is part of the first visit.
  expect(transfer.responses.some((response) => response.url.includes("/validator.js"))).toBe(true);
  const scripts = await scriptsAsGzip(transfer);
  expect(scripts.bytes, `${scripts.scripts} scripts, ${kilobytes(scripts.bytes)} as gzip`).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP_BYTES);
});
