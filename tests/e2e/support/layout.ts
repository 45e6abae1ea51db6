/**
 * Visual checks that can be asserted: where things sit on the page at a desktop width and on a
 * 390 px phone, and screenshots of those pages kept in the test's output folder (the e2e
 * artefacts) for a person to look at.
 */
import { writeFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";

export const PHONE = { width: 390, height: 844 } as const;

/** Runs `check` at the project's desktop viewport and again at 390 px, then restores the viewport. */
export async function atDesktopAndPhone(page: Page, check: (width: number) => Promise<void>): Promise<void> {
  const desktop = page.viewportSize();
  if (!desktop) throw new Error("no viewport");
  await check(desktop.width);
  await page.setViewportSize(PHONE);
  try {
    await check(PHONE.width);
  } finally {
    await page.setViewportSize(desktop);
  }
}

/** Runs `check` at 390 px, then restores the viewport. */
export async function atPhoneWidth(page: Page, check: () => Promise<void>): Promise<void> {
  const desktop = page.viewportSize();
  if (!desktop) throw new Error("no viewport");
  await page.setViewportSize(PHONE);
  try {
    await check();
  } finally {
    await page.setViewportSize(desktop);
  }
}

/** Saves a full-page screenshot into the test's output folder and attaches it to the report. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const info = test.info();
  const path = info.outputPath(`${name}-${info.project.name}.png`);
  await writeFile(path, await page.screenshot({ fullPage: true }));
  await info.attach(name, { path, contentType: "image/png" });
}

/** Every summary-list row with an action: the action overlaps its own value vertically, never the next row. */
export async function expectActionsBesideAnswers(rows: Locator): Promise<void> {
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const row = rows.nth(index);
    const [value, action, box] = await Promise.all([
      row.locator(".summary-list__value").boundingBox(),
      row.locator(".summary-list__action").boundingBox(),
      row.boundingBox(),
    ]);
    if (!value || !action || !box) throw new Error(`row ${index} is not shown`);
    const label = await row.locator(".summary-list__key").innerText();
    const overlap = Math.min(value.y + value.height, action.y + action.height) - Math.max(value.y, action.y);
    expect(overlap, `"Ändern" beside the answer to "${label}"`).toBeGreaterThan(0);
    expect(action.x, `"Ändern" right of the answer to "${label}"`).toBeGreaterThanOrEqual(value.x + value.width - 1);
    expect(action.y + action.height, `"Ändern" inside the row of "${label}"`).toBeLessThanOrEqual(box.y + box.height + 1);
  }
}

/** No element of the page reaches beyond the viewport's right edge (nothing cut off, no page-wide scroll). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "page wider than the viewport").toBeLessThanOrEqual(0);
}

/**
 * A staff table on a phone: nothing scrolls sideways or is cut off — every cell lies inside the
 * viewport, and each cell names its column visibly (the stacked layout's label).
 */
export async function expectStackedTable(table: Locator, width: number): Promise<void> {
  const cells = await table.locator("tbody td").evaluateAll((tds) =>
    tds.map((td) => {
      const box = td.getBoundingClientRect();
      const scroller = td.closest(".kern-table-responsive");
      return {
        label: td.getAttribute("data-label") ?? "",
        shownLabel: getComputedStyle(td, "::before").content,
        left: box.left,
        right: box.right,
        visible: box.width > 0 && box.height > 0,
        scrolls: scroller ? scroller.scrollWidth > scroller.clientWidth : false,
      };
    }),
  );
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) {
    expect(cell.visible, `cell "${cell.label}" shown`).toBe(true);
    expect(cell.left, `cell "${cell.label}" inside the viewport`).toBeGreaterThanOrEqual(0);
    expect(cell.right, `cell "${cell.label}" inside the viewport`).toBeLessThanOrEqual(width);
    expect(cell.shownLabel, `cell "${cell.label}" names its column`).toContain(cell.label);
    expect(cell.scrolls, "no sideways scroller").toBe(false);
  }
}
