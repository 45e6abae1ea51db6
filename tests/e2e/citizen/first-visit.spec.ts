import { expect, test } from "@playwright/test";
import { firstVisitTransfer, kilobytes } from "../support/transfer";
import { builtInForms, MUNICIPALITY } from "./support/forms";

const BUDGET_BYTES = 200 * 1024;

// The budget is the JavaScript page's: without scripts the page is lighter still.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the budget counts the scripts");

test("a wizard step page, first visit with an empty cache, transfers at most 200 KB (fonts included)", async ({ page }) => {
  const dogTax = builtInForms().find((form) => form.definition.id === "hundesteuer-anmeldung")!.definition;
  await page.goto(`/${MUNICIPALITY}/${dogTax.id}`);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page).toHaveURL(/\/schritt\//);
  const transfer = await firstVisitTransfer(page, new URL(page.url()).pathname);
  const fonts = transfer.byType.font?.requests ?? 0;
  expect(fonts, "the KERN faces are loaded").toBeGreaterThan(0);
  expect(
    transfer.totalBytes,
    `${kilobytes(transfer.totalBytes)} in ${transfer.requests} responses: ${JSON.stringify(transfer.responses, null, 1)}`,
  ).toBeLessThanOrEqual(BUDGET_BYTES);
});
