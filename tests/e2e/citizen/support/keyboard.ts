/**
 * Operating the wizard with the keyboard alone: Tab moves focus (we only read where it is),
 * typing fills, Space ticks, arrow keys choose, Enter presses buttons and follows links.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { getAt, parsePointer } from "../../../../app/engine/json-pointer";
import type { FieldDefinition, FormValues, StepDefinition } from "../../../../app/engine/types";

const MAX_TABS = 150;

/** Presses Tab until `target` (one element, or any element matching a CSS selector) has focus. */
export async function tabTo(page: Page, target: Locator | string): Promise<void> {
  const focused = () =>
    typeof target === "string"
      ? page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target)
      : target.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await focused()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

const byName = (page: Page, name: string) => page.locator(`[name="${name}"]`);

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+A");
  if (text === "") await page.keyboard.press("Delete");
  else await page.keyboard.type(text);
}

async function keyField(page: Page, field: FieldDefinition, name: string, value: unknown): Promise<void> {
  switch (field.widget) {
    case "date": {
      const [year = "", month = "", day = ""] = typeof value === "string" ? value.split("-") : [];
      await typeInto(page, byName(page, `${name}/day`), day);
      await typeInto(page, byName(page, `${name}/month`), month);
      await typeInto(page, byName(page, `${name}/year`), year);
      return;
    }
    case "radio": {
      if (value === undefined) return;
      const wanted = byName(page, name).and(page.locator(`[value="${String(value)}"]`));
      // Tab enters the group at its chosen (or first) radio; arrows move the choice.
      await tabTo(page, `input[type="radio"][name="${name}"]`);
      for (let moves = 0; moves < 20 && !(await wanted.isChecked()); moves++) {
        if (await wanted.evaluate((element) => element === document.activeElement)) await page.keyboard.press("Space");
        else await page.keyboard.press("ArrowDown");
      }
      await expect(wanted).toBeChecked();
      return;
    }
    case "checkboxes": {
      const chosen = (Array.isArray(value) ? value : []).map(String);
      for (const option of field.options ?? []) {
        const box = byName(page, name).and(page.locator(`[value="${String(option.value)}"]`));
        if ((await box.isChecked()) === chosen.includes(String(option.value))) continue;
        await tabTo(page, box);
        await page.keyboard.press("Space");
      }
      return;
    }
    case "checkbox": {
      const box = byName(page, name);
      if ((await box.isChecked()) === (value === true)) return;
      await tabTo(page, box);
      await page.keyboard.press("Space");
      return;
    }
    case "select": {
      const select = byName(page, name);
      await tabTo(page, select);
      const target = value === undefined ? "" : String(value);
      for (let moves = 0; moves < 40 && (await select.inputValue()) !== target; moves++) await page.keyboard.press("ArrowDown");
      await expect(select).toHaveValue(target);
      return;
    }
    case "file":
      throw new Error("the keyboard journey has no uploads");
    default:
      if (value === undefined) return;
      await typeInto(page, byName(page, name), String(value));
  }
}

/** Adds group items with the keyboard, then fills every field in tab order. */
export async function keyStep(page: Page, step: StepDefinition, answers: FormValues): Promise<void> {
  for (const field of step.fields) {
    if (field.widget !== "group") continue;
    const items = getAt(answers, parsePointer(field.pointer));
    const wanted = Array.isArray(items) ? items.length : 0;
    for (let shown = await page.locator(`fieldset.repeating-group__item`).count(); shown < wanted; shown++) {
      await tabTo(page, `button[value="hinzufuegen:${field.pointer}"]`);
      await page.keyboard.press("Enter");
      await expect(page.locator(`fieldset.repeating-group__item`)).toHaveCount(shown + 1);
      await expect(page.locator(".wizard__actions")).toBeVisible();
    }
  }
  for (const field of step.fields) {
    const value = getAt(answers, parsePointer(field.pointer));
    if (field.widget !== "group") {
      await keyField(page, field, field.pointer, value);
      continue;
    }
    for (const [index, item] of (Array.isArray(value) ? (value as FormValues[]) : []).entries()) {
      for (const itemField of field.fields ?? []) {
        await keyField(page, itemField, `${field.pointer}/${index}${itemField.pointer}`, getAt(item, parsePointer(itemField.pointer)));
      }
    }
  }
}

export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole("button", { name, exact: typeof name === "string" }));
  await page.keyboard.press("Enter");
}

export async function followLink(page: Page, link: Locator): Promise<void> {
  await tabTo(page, link);
  await page.keyboard.press("Enter");
}
