import axe from "axe-core";
import { expect, test, type Browser, type Page } from "@playwright/test";

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
  const violations = await axeViolations(target);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * axe-core's own API, run in the page. @axe-core/playwright opens a page of its own for every
 * check and injects axe twice, which made a check take 1.5–4 s instead of 0.3–0.5 s on a busy
 * two-core machine; the portal has no frames, which is all that extra work serves.
 */
async function axeViolations(page: Page): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((results) => results.violations),
    WCAG_TAGS,
  );
}

/**
 * One scripting-enabled page per browser shows the copies. It opens an empty document of the
 * portal's origin once (served by the test, so without the portal's Content-Security-Policy, which
 * a copy would otherwise inherit), then each copy is written into it with setContent: styles and
 * fonts come from the browser's cache. A routed navigation per copy bypasses that cache and took
 * about five times as long.
 */
const copyPages = new WeakMap<Browser, Promise<Page>>();
const BLANK_DOCUMENT = "<!DOCTYPE html><title>Kopie</title>";

async function scriptFreeCopy(page: Page): Promise<Page> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser");
  let copyPage = copyPages.get(browser);
  if (!copyPage) {
    copyPage = browser.newContext({ javaScriptEnabled: true }).then((context) => context.newPage());
    copyPages.set(browser, copyPage);
  }
  const copy = await copyPage;
  const origin = new URL(page.url()).origin;
  if (new URL(copy.url()).origin !== origin) {
    const blank = `${origin}/__axe-copy`;
    await copy.route(blank, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: BLANK_DOCUMENT }), { times: 1 });
    await copy.goto(blank);
  }
  const viewport = page.viewportSize();
  if (viewport) await copy.setViewportSize(viewport);
  await copy.setContent(html);
  return copy;
}
