/**
 * A step change as a citizen on a slow connection feels it: the system Chromium (Playwright)
 * against the built app, every request delayed by 400 ms (Chrome DevTools protocol,
 * Network.emulateNetworkConditions), the time from the click on "Weiter" to the next page's
 * heading in the document, measured in the page itself (a capturing click listener starts the
 * clock, a MutationObserver stops it). Over the steps of the dog-tax form up to its review
 * page, several applications; median and p95.
 *
 * Target (ADR 034): ≤ 100 ms; with a server round trip per step it was about 1.3 s.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { localize } from "../app/engine/messages";
import type { FormDefinition, FormValues } from "../app/engine/types";
import { fillStep } from "../tests/e2e/citizen/support/fill-step";
import { startServer } from "../tests/support/server";
import { percentile } from "./stats";
import { launchChromium } from "./support/portal-pages";

const FORM = "hundesteuer-anmeldung";
const LATENCY_MS = Number(process.env.BENCH_STEP_LATENCY_MS ?? 400);
const APPLICATIONS = Number(process.env.BENCH_STEP_APPLICATIONS ?? 4);

const definition = JSON.parse(readFileSync(`forms/${FORM}.json`, "utf8")) as FormDefinition;
const journeys = (
  JSON.parse(readFileSync(`tests/fixtures/payloads/${FORM}.json`, "utf8")) as { journeys: Array<{ answers: Record<string, FormValues> }> }
).journeys;
/** One dog, no reduction, SEPA direct debit, no files: every step may change in the browser. */
const answers: Record<string, FormValues> = {
  halter: journeys[0]!.answers.halter!,
  hunde: journeys[0]!.answers.hunde!,
  haftpflicht: { haftpflicht: { ...(journeys[0]!.answers.haftpflicht!.haftpflicht as object), nachweis: undefined } },
  steuerverguenstigung: journeys[0]!.answers.steuerverguenstigung!,
  zahlung: journeys[2]!.answers.zahlung!,
  "sepa-mandat": journeys[2]!.answers["sepa-mandat"]!,
};
const steps = Object.keys(answers);
const titleOf = (stepId: string) => localize(definition.steps.find((step) => step.id === stepId)!.title, "de");
const reviewTitle = definition.review.title ? localize(definition.review.title, "de") : "Ihre Angaben prüfen";

/** Clicks "Weiter" and gives the milliseconds until the heading reads `expected`. */
async function timedNext(page: Page, expected: string): Promise<number> {
  const done = page.evaluate(
    (title) =>
      new Promise<number>((resolve) => {
        let started = 0;
        document.addEventListener("click", () => (started = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (started > 0 && document.querySelector("h1")?.textContent?.trim() === title) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      }),
    expected,
  );
  // The observer is in place before the click.
  await page.waitForTimeout(20);
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  return done;
}

export async function run(): Promise<void> {
  if (!existsSync("build/index.js")) {
    console.log(JSON.stringify({ bench: "step-change", skipped: "run `npm run build` first" }));
    return;
  }
  const server = await startServer();
  const browser = await launchChromium();
  const times: number[] = [];
  const byStep = new Map<string, number[]>();
  try {
    for (let round = 0; round < APPLICATIONS; round++) {
      const context = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE" });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: LATENCY_MS,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await page.goto(`/rastenberg/${FORM}`);
      await page.getByRole("button", { name: "Antrag beginnen" }).click();
      await page.getByRole("heading", { level: 1, name: titleOf(steps[0]!) }).waitFor();
      // The citizen reads and fills in the first page meanwhile: the form's runtime has arrived.
      await page.locator('form.wizard__form[data-validation="browser"]').waitFor();
      await page.waitForLoadState("networkidle");
      for (const [index, stepId] of steps.entries()) {
        await fillStep(
          page,
          definition.steps.find((step) => step.id === stepId)!,
          answers[stepId]!,
        );
        const following = steps[index + 1];
        const elapsed = await timedNext(page, following ? titleOf(following) : reviewTitle);
        times.push(elapsed);
        byStep.set(stepId, [...(byStep.get(stepId) ?? []), elapsed]);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(
    JSON.stringify({
      bench: "step-change",
      latencyMs: LATENCY_MS,
      samples: times.length,
      nextToHeadingP50Ms: Number(percentile(times, 50).toFixed(1)),
      nextToHeadingP95Ms: Number(percentile(times, 95).toFixed(1)),
      nextToHeadingMaxMs: Number(Math.max(...times).toFixed(1)),
      targetMs: 100,
      p50ByStepMs: Object.fromEntries([...byStep].map(([stepId, values]) => [stepId, Number(percentile(values, 50).toFixed(1))])),
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
