/** Keyboard-only moves for the builder journeys: focus an element, then type or press keys. */
import { expect, type Locator, type Page } from "@playwright/test";

/** Replaces the text of an input by typing. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/** Activates a button or link with Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press("Enter");
}

/** Ticks or unticks a checkbox, or chooses a radio button, with the space bar. */
export async function toggle(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press("Space");
}

/** Chooses an option of a closed select with the arrow keys. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  const labels = await select.locator("option").allTextContents();
  const index = labels.findIndex((text) => text.trim() === label);
  expect(index, `option „${label}“ in ${labels.join(" | ")}`).toBeGreaterThanOrEqual(0);
  const current = await select.evaluate((element: HTMLSelectElement) => element.selectedIndex);
  await select.focus();
  for (let step = current; step < index; step += 1) await page.keyboard.press("ArrowDown");
  for (let step = current; step > index; step -= 1) await page.keyboard.press("ArrowUp");
  await expect(select.locator("option:checked")).toHaveText(label);
}
