/**
 * Fills one wizard step from a data object, field by field as the definition describes the
 * step: the same helper serves every form and every journey. Inputs are found by their name
 * (the value's JSON pointer), as the browser posts them.
 */
import { expect, type Page } from "@playwright/test";
import { getAt, parsePointer } from "../../../../app/engine/json-pointer";
import type { FieldDefinition, FormValues, StepDefinition } from "../../../../app/engine/types";
import { sampleFile } from "../../../support/payloads";

export interface AttachmentLike {
  name: string;
  mediaType: string;
}

function isAttachment(value: unknown): value is AttachmentLike {
  return typeof value === "object" && value !== null && "mediaType" in value && "name" in value;
}

const byName = (name: string) => `[name="${name.replace(/"/g, '\\"')}"]`;

export async function itemCount(page: Page, groupPointer: string): Promise<number> {
  return page
    .locator(`fieldset.repeating-group__item[id^="feld${groupPointer.replace(/-/g, "--").replace(/[^A-Za-z0-9-]/g, "-")}-"]`)
    .count();
}

/** Adds or removes items until the group has `count` of them (each is a post, with or without JavaScript). */
export async function ensureItems(page: Page, group: FieldDefinition, count: number): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    const shown = await itemCount(page, group.pointer);
    if (shown === count) return;
    const button =
      shown < count
        ? page.locator(`button[name="_aktion"][value="hinzufuegen:${group.pointer}"]`)
        : page.locator(`button[name="_aktion"][value="entfernen:${group.pointer}/${shown - 1}"]`);
    await button.click();
    // The new page may still be arriving (without JavaScript it streams in): wait for the
    // exact count and for the buttons below the fields.
    await expect.poll(() => itemCount(page, group.pointer), { timeout: 10_000 }).toBe(shown < count ? shown + 1 : shown - 1);
    await expect(page.locator(".wizard__actions")).toBeVisible();
  }
  throw new Error(`could not get ${count} items into ${group.pointer}`);
}

/** One input change; applied in the page in one go (a journey has hundreds of them). */
type Change =
  | { kind: "value"; name: string; value: string }
  | { kind: "check"; name: string; value: string; checked: boolean }
  | { kind: "file"; name: string; files: AttachmentLike[] };

function changesFor(field: FieldDefinition, name: string, value: unknown): Change[] {
  switch (field.widget) {
    case "date": {
      const [year = "", month = "", day = ""] = typeof value === "string" ? value.split("-") : [];
      return [
        { kind: "value", name: `${name}/day`, value: day },
        { kind: "value", name: `${name}/month`, value: month },
        { kind: "value", name: `${name}/year`, value: year },
      ];
    }
    case "radio":
      return (field.options ?? []).map((option) => ({
        kind: "check",
        name,
        value: String(option.value),
        checked: String(option.value) === String(value),
      }));
    case "checkboxes": {
      const chosen = (Array.isArray(value) ? value : []).map(String);
      return (field.options ?? []).map((option) => ({
        kind: "check",
        name,
        value: String(option.value),
        checked: chosen.includes(String(option.value)),
      }));
    }
    case "checkbox":
      return [{ kind: "check", name, value: "true", checked: value === true }];
    case "file":
      return [{ kind: "file", name, files: (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isAttachment) }];
    default:
      return [{ kind: "value", name, value: value === undefined || value === null ? "" : String(value) }];
  }
}

async function apply(page: Page, changes: Change[]): Promise<void> {
  const inPage = changes.filter((change) => change.kind !== "file");
  await page.evaluate(
    (list) => {
      for (const change of list) {
        const selector = `[name="${CSS.escape(change.name)}"]${change.kind === "check" ? `[value="${CSS.escape(change.value)}"]` : ""}`;
        const element = document.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
        if (!element) throw new Error(`no input ${selector}`);
        if (change.kind === "check") (element as HTMLInputElement).checked = change.checked;
        else element.value = change.value;
        element.dispatchEvent(new Event("input", { bubbles: true }));
        element.dispatchEvent(new Event("change", { bubbles: true }));
      }
    },
    inPage as Array<Exclude<Change, { kind: "file" }>>,
  );
  for (const change of changes) {
    if (change.kind !== "file" || change.files.length === 0) continue;
    const kept = await page.locator(`input[type="hidden"]${byName(change.name)}`).count();
    const missing = change.files.slice(kept);
    if (missing.length === 0) continue;
    await page
      .locator(`input[type="file"]${byName(change.name)}`)
      .setInputFiles(
        missing.map((file) => ({ name: file.name, mimeType: file.mediaType, buffer: Buffer.from(sampleFile(file.mediaType)) })),
      );
  }
}

/**
 * Fills every field of the step from `answers` (the step's slice of the data). Values are set
 * in the page in one go, as `fill` would set them; the keyboard journey types for real.
 */
export async function fillStep(page: Page, step: StepDefinition, answers: FormValues): Promise<void> {
  // Without JavaScript the step's heading can be there while the rest of the page is still arriving.
  await page.waitForLoadState("domcontentloaded");
  for (const field of step.fields) {
    if (field.widget === "group") {
      const items = getAt(answers, parsePointer(field.pointer));
      await ensureItems(page, field, Array.isArray(items) ? items.length : 0);
    }
  }
  const changes: Change[] = [];
  for (const field of step.fields) {
    const value = getAt(answers, parsePointer(field.pointer));
    if (field.widget !== "group") {
      changes.push(...changesFor(field, field.pointer, value));
      continue;
    }
    const items = Array.isArray(value) ? (value as FormValues[]) : [];
    items.forEach((item, index) => {
      for (const itemField of field.fields ?? []) {
        changes.push(
          ...changesFor(itemField, `${field.pointer}/${index}${itemField.pointer}`, getAt(item, parsePointer(itemField.pointer))),
        );
      }
    });
  }
  await apply(page, changes);
}
