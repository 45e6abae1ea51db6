import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Fails the test with axe's description of every violation on the page as it is now.
 * axe itself needs JavaScript: for a page shown with JavaScript disabled, the exact DOM the
 * person sees is re-served (scripts removed) to a scripting-enabled page and checked there.
 * It also checks what axe does not: the page has exactly one title (a second one, even empty or
 * hidden, is invalid and may be what a browser or screen reader names the page by).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await page.locator("head > title").allTextContents(), `titles of ${page.url()}`).toHaveLength(1);
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  const target = javaScriptEnabled ? page : await scriptFreeCopy(page);
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  } finally {
    if (target !== page) await target.context().close();
  }
}

async function scriptFreeCopy(page: Page): Promise<Page> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  const url = page.url();
  await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await copy.goto(url);
  return copy;
}
