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
  return page.locator(`fieldset.repeating-group__item[id^="feld${groupPointer.replace(/-/g, "--").replace(/[^A-Za-z0-9-]/g, "-")}-"]`).count();
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
    await expect.poll(() => itemCount(page, group.pointer), { timeout: 10_000 }).not.toBe(shown);
  }
  throw new Error(`could not get ${count} items into ${group.pointer}`);
}

async function fillField(page: Page, field: FieldDefinition, name: string, value: unknown): Promise<void> {
  switch (field.widget) {
    case "date": {
      const [year = "", month = "", day = ""] = typeof value === "string" ? value.split("-") : [];
      await page.locator(byName(`${name}/day`)).fill(day);
      await page.locator(byName(`${name}/month`)).fill(month);
      await page.locator(byName(`${name}/year`)).fill(year);
      return;
    }
    case "radio":
      if (value !== undefined) await page.locator(`${byName(name)}[value="${String(value)}"]`).check();
      return;
    case "checkboxes": {
      const chosen = (Array.isArray(value) ? value : []).map(String);
      for (const box of await page.locator(byName(name)).all()) {
        await box.setChecked(chosen.includes((await box.getAttribute("value")) ?? ""));
      }
      return;
    }
    case "checkbox":
      await page.locator(byName(name)).setChecked(value === true);
      return;
    case "select":
      await page.locator(byName(name)).selectOption(value === undefined ? "" : String(value));
      return;
    case "file": {
      const wanted = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isAttachment);
      const kept = await page.locator(`input[type="hidden"]${byName(name)}`).count();
      const missing = wanted.slice(kept);
      if (missing.length === 0) return;
      await page.locator(`input[type="file"]${byName(name)}`).setInputFiles(
        missing.map((file) => ({ name: file.name, mimeType: file.mediaType, buffer: Buffer.from(sampleFile(file.mediaType)) })),
      );
      return;
    }
    default:
      await page.locator(byName(name)).fill(value === undefined || value === null ? "" : String(value));
  }
}

/** Fills every field of the step from `answers` (the step's slice of the data). */
export async function fillStep(page: Page, step: StepDefinition, answers: FormValues): Promise<void> {
  for (const field of step.fields) {
    if (field.widget === "group") {
      const items = getAt(answers, parsePointer(field.pointer));
      await ensureItems(page, field, Array.isArray(items) ? items.length : 0);
    }
  }
  for (const field of step.fields) {
    const value = getAt(answers, parsePointer(field.pointer));
    if (field.widget !== "group") {
      await fillField(page, field, field.pointer, value);
      continue;
    }
    const items = Array.isArray(value) ? (value as FormValues[]) : [];
    for (const [index, item] of items.entries()) {
      for (const itemField of field.fields ?? []) {
        await fillField(page, itemField, `${field.pointer}/${index}${itemField.pointer}`, getAt(item, parsePointer(itemField.pointer)));
      }
    }
  }
}
