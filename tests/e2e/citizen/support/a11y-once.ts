/**
 * axe on every page a journey shows, without checking the very same page twice: pages are
 * compared by their structure (elements, attributes, which text nodes exist — not the
 * citizen's values or texts, nor link targets, which axe's WCAG rules do not judge). Runs of
 * identical siblings without ids count once. A step page with another repeating-group item,
 * an error summary or other fields is a different page.
 *
 * The record of checked structures is a file in the e2e server's folder (tests/e2e/serve.mjs
 * empties it at every run), so it spans both projects: without JavaScript the browser shows
 * the server-rendered markup, which the run with JavaScript has checked already when it is
 * the same structure (scripts, preloads and React's hidden streaming placeholders are not
 * part of the comparison).
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/a11y";
import { expectNoMessageKeys } from "../../support/message-keys";
import { E2E_DIR } from "./e2e-dir";

const RECORD = `${E2E_DIR}/axe-checked.txt`;

async function structureOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Values and states the citizen changes, and attributes no WCAG rule of axe reads.
    const ignored = new Set(["value", "checked", "selected", "nonce", "data-validation", "autofocus"]);
    const signature = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? "").trim() !== "" ? "#t" : "";
      if (!(node instanceof Element) || ["SCRIPT", "LINK", "META", "STYLE", "TEMPLATE"].includes(node.tagName)) return "";
      // React's streaming placeholders (hidden, emptied by its scripts when JavaScript runs).
      if (node.hasAttribute("hidden") && /^[SB]:\d+$/.test(node.id)) return "";
      const attributes = Array.from(node.attributes)
        .filter((attribute) => !ignored.has(attribute.name))
        // Where a link leads is no accessibility property; that it is a link is.
        .map((attribute) => (attribute.name === "href" ? "href" : `${attribute.name}=${attribute.value}`))
        .join(" ");
      let children = "";
      let previous = "";
      for (const child of Array.from(node.childNodes)) {
        const part = signature(child);
        // A run of identical siblings without ids (list items, answer rows) is one pattern:
        // 7 or 8 steps in the progress list are the same page to axe. Ids stay distinct.
        if (part !== "" && part === previous && !part.includes(" id=")) continue;
        if (part !== "") previous = part;
        children += part;
      }
      return `<${node.tagName} ${attributes}>${children}</${node.tagName}>`;
    };
    return `lang=${document.documentElement.lang} title=${document.title.trim() !== ""}${signature(document.body)}`;
  });
}

function alreadyChecked(key: string): boolean {
  return existsSync(RECORD) && readFileSync(RECORD, "utf8").split("\n").includes(key);
}

export async function checkAccessibility(page: Page): Promise<void> {
  await expectNoMessageKeys(page);
  const key = createHash("sha1")
    .update(await structureOf(page))
    .digest("hex");
  if (alreadyChecked(key)) return;
  const started = Date.now();
  await expectNoAxeViolations(page);
  if (process.env.A11Y_TIMING) console.log(`axe ${Date.now() - started} ms ${page.url()}`);
  mkdirSync(E2E_DIR, { recursive: true });
  appendFileSync(RECORD, `${key}\n`);
}
