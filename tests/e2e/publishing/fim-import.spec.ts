/**
 * An editor turns a FIM Stammdatenschema into a draft in /redaktion, reads the report, opens the
 * draft's preview and files it through the wizard with answers generated from the imported form.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { FormValues } from "../../../app/engine/types";
import { importFim } from "../../../app/server/fim/import-fim";
import { FIM_DIR, generate } from "../../unit/fim/support";
import { expectNoAxeViolations } from "../support/a11y";
import { fillStep } from "../citizen/support/fill-step";
import { next } from "../citizen/support/wizard";
import { heading, signInAsEditor } from "./editor-helpers";

const SCHEMA = `${FIM_DIR}/xdf3/S00000000364.xdf.xml`;
const RUN = Date.now().toString(36);

test("an editor creates a draft from a FIM schema, reads the report and files it in the preview", async ({ page }) => {
  const id = `fim-heimarbeit-${test.info().project.use.javaScriptEnabled === false ? "ohne-js" : "mit-js"}-${RUN}`;
  const { definition } = importFim({ name: "S00000000364.xdf.xml", bytes: new Uint8Array(readFileSync(SCHEMA)) }, [], { id });
  const answers = generate(definition.dataSchema) as FormValues;

  await signInAsEditor(page);
  await page.getByRole("link", { name: "Aus FIM-Stammdatenschema anlegen" }).click();
  await expect(heading(page)).toHaveText("Aus FIM-Stammdatenschema anlegen");
  await expectNoAxeViolations(page);
  await page.getByLabel("Stammdatenschema (XML)").setInputFiles(SCHEMA);
  await page.getByLabel("Kennung der Leistung (optional)").fill(id);
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page.getByText("Der Entwurf wurde angelegt.")).toBeVisible();
  const report = page.getByRole("region", { name: "Bericht zum Import" });
  await expect(report).toContainText("14 Felder");
  await expect(report).toContainText("Regeln: 1, davon 1 übersetzt");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Vorschau", exact: true }).click();
  await expect(page.getByRole("note", { name: "Vorschau" })).toContainText("Version 1 (Entwurf)");
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  for (let guard = 0; guard <= definition.steps.length; guard++) {
    await expect(page.locator(".wizard__actions")).toBeVisible();
    const title = (await heading(page).textContent())?.trim();
    if (title?.endsWith("Angaben prüfen")) break;
    const step = definition.steps.find((s) => s.title.de === title);
    expect(step, `a step titled ${title}`).toBeDefined();
    await fillStep(page, step!, answers);
    await next(page);
    // The next page (not this one with an error) has arrived.
    await expect(heading(page)).not.toHaveText(title!);
  }
  await expect(heading(page)).toHaveText(/Angaben prüfen$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(page.getByText("In der Vorschau wird nichts eingereicht")).toBeVisible();
});
