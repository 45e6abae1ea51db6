/**
 * axe on every page a journey shows, without checking the very same page twice: pages are
 * compared by their structure (elements, attributes, which text nodes exist — not the
 * citizen's values or texts, which axe's WCAG rules do not judge differently). A step page
 * with another number of items, an error summary or another branch is a different page.
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
import { E2E_DIR } from "./e2e-dir";

const RECORD = `${E2E_DIR}/axe-checked.txt`;

async function structureOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Values and states the citizen changes, and attributes no WCAG rule of axe reads.
    const ignored = new Set(["value", "checked", "selected", "nonce", "data-validation", "autofocus"]);
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node.textContent ?? "").trim() !== "") parts.push("#t");
        return;
      }
      if (!(node instanceof Element) || ["SCRIPT", "LINK", "META", "STYLE", "TEMPLATE"].includes(node.tagName)) return;
      // React's streaming placeholders (hidden, emptied by its scripts when JavaScript runs).
      if (node.hasAttribute("hidden") && /^[SB]:\d+$/.test(node.id)) return;
      const attributes = Array.from(node.attributes)
        .filter((attribute) => !ignored.has(attribute.name))
        .map((attribute) => `${attribute.name}=${attribute.name === "href" ? attribute.value.replace(/[?#].*$/, "") : attribute.value}`)
        .join(" ");
      parts.push(`<${node.tagName} ${attributes}>`);
      node.childNodes.forEach(walk);
      parts.push(`</${node.tagName}>`);
    };
    // The head matters to axe only for the title and the language; route preloads differ
    // between a full load and a client-side navigation and are no page content.
    parts.push(`lang=${document.documentElement.lang} title=${document.title.trim() !== ""}`);
    walk(document.body);
    return parts.join("");
  });
}

function alreadyChecked(key: string): boolean {
  return existsSync(RECORD) && readFileSync(RECORD, "utf8").split("\n").includes(key);
}

export async function checkAccessibility(page: Page): Promise<void> {
  const key = createHash("sha1").update(await structureOf(page)).digest("hex");
  if (alreadyChecked(key)) return;
  const started = Date.now();
  await expectNoAxeViolations(page);
  if (process.env.A11Y_TIMING) console.log(`axe ${Date.now() - started} ms ${page.url()}`);
  mkdirSync(E2E_DIR, { recursive: true });
  appendFileSync(RECORD, `${key}\n`);
}
