/** What the first journey of each form does on a step besides answering it. */
import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import type { StepDefinition } from "../../../../app/engine/types";
import { sampleFile } from "../../../support/payloads";
import { ensureItems, itemCount } from "./fill-step";

/** On a step with a repeating group that may grow: one item more, then that item removed again. */
export async function addAndRemoveItem(page: Page, step: StepDefinition): Promise<void> {
  const group = step.fields.find((field) => field.widget === "group");
  if (!group) return;
  const before = await itemCount(page, group.pointer);
  const add = page.locator(`button[name="_aktion"][value="hinzufuegen:${group.pointer}"]`);
  if ((await add.count()) === 0) return;
  await ensureItems(page, group, before + 1);
  await ensureItems(page, group, before);
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** On a step with a file field: a file one byte over the field's limit is refused at that field. */
export async function refuseOversizeFile(page: Page, step: StepDefinition): Promise<void> {
  const field = step.fields.find((candidate) => candidate.widget === "file");
  if (!field) return;
  const bytes = Buffer.alloc((field.maxBytes ?? DEFAULT_MAX_BYTES) + 1);
  Buffer.from(sampleFile("application/pdf")).copy(bytes, 0, 0, 8);
  // A file on disk reaches the local browser by its path; a buffer of 10 MB crosses the protocol
  // encoded, which took seconds.
  const path = test.info().outputPath("zu-gross.pdf");
  await writeFile(path, bytes);
  await page.locator(`input[type="file"][name="${field.pointer}"]`).setInputFiles(path);
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByText(/Die Datei „zu-gross\.pdf“ ist zu groß/).first()).toBeVisible();
}
