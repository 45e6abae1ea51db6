/** The accessibility check of every browser test finds what it is there to find, with and without JavaScript. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";

const FLAWED_PAGE = `<!DOCTYPE html><html lang="de"><head><title>Probe</title></head><body><main>
<h1>Probe</h1><img src="/favicon.svg"><p style="color:#aaa;background:#fff">Grauer Text auf Weiß</p>
</main></body></html>`;

test("a missing alternative text and too little contrast fail the check", async ({ page }) => {
  await page.route("/a11y-probe", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: FLAWED_PAGE }));
  await page.goto("/a11y-probe");
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast[\s\S]*image-alt/);
});

test("a second title fails the check", async ({ page }) => {
  await page.route("/a11y-probe", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: FLAWED_PAGE.replace("</head>", "<title></title></head>") }),
  );
  await page.goto("/a11y-probe");
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/titles of/);
});
