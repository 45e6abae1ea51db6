import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "the browser validator is the JavaScript path");

const payloads = JSON.parse(readFileSync("tests/fixtures/payloads/hundesteuer-anmeldung.json", "utf8")) as { valid: unknown[] };

test("the generated validator module runs under a CSP without unsafe-eval", async ({ page, baseURL }) => {
  const moduleSource = execFileSync("npx", ["tsx", "scripts/validator-module.ts", "forms/hundesteuer-anmeldung.json"], {
    encoding: "utf8",
  });
  const origin = new URL(baseURL!).origin;
  const csp = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
  await page.route(`${origin}/csp-probe`, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers: { "Content-Security-Policy": csp },
      body: `<!doctype html><html lang="de"><head><title>CSP</title><script type="module" src="/csp-probe.js"></script></head><body><output id="result">…</output></body></html>`,
    }),
  );
  await page.route(`${origin}/csp-probe-validator.js`, (route) =>
    route.fulfill({ contentType: "text/javascript", headers: { "Content-Security-Policy": csp }, body: moduleSource }),
  );
  await page.route(`${origin}/csp-probe.js`, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      headers: { "Content-Security-Policy": csp },
      body: `
        let evalBlocked = false;
        try { new Function("return 1")(); } catch { evalBlocked = true; }
        const { validateData } = await import("/csp-probe-validator.js");
        const valid = ${JSON.stringify(payloads.valid[0])};
        const invalid = structuredClone(valid); invalid.halter.anschrift.plz = "12";
        const ok = validateData(valid);
        const bad = validateData(invalid);
        const pointers = (validateData.errors || []).map((e) => e.instancePath);
        document.getElementById("result").textContent = JSON.stringify({ evalBlocked, ok, bad, pointers });
      `,
    }),
  );
  await page.goto(`${origin}/csp-probe`);
  await expect(page.locator("#result")).not.toHaveText("…");
  const result = JSON.parse((await page.locator("#result").textContent()) ?? "{}");
  // The page really forbids eval (control), and the validator still ran under it.
  expect(result.evalBlocked).toBe(true);
  expect(result.ok).toBe(true);
  expect(result.bad).toBe(false);
  expect(result.pointers).toContain("/halter/anschrift/plz");
  expect(moduleSource).not.toMatch(/new Function|\beval\(/);
});
