import { expect, type Page } from "@playwright/test";
import { de } from "../../../app/lib/i18n/dictionary";

/** "step.next" and the like: a text whose group of messages the page's routes did not send. */
const groups = [...new Set(Object.keys(de).map((key) => key.slice(0, key.indexOf("."))))];
const messageKey = new RegExp(`(?<![\\w/.-])(?:${groups.join("|")})\\.[a-zA-Z][\\w-]*(?![\\w/])`, "g");

/** Fails when the page shows a message key instead of its text (in text, title or labels). */
export async function expectNoMessageKeys(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")).flatMap((element) =>
      ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""),
    );
    return [document.title, document.body.innerText, ...labels].join("\n");
  });
  expect(shown.match(messageKey) ?? [], `message keys shown on ${page.url()}`).toEqual([]);
}
