import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WizardIslandScripts, wizardIslandOf } from "~/components/wizard/island/island-scripts";
import { STEP_ROUTE } from "~/components/wizard/island/payload";

const SCRIPT = "/build/island/wizard-ABC123.js";
const root = { id: "root", data: { lang: "de", wizardIsland: SCRIPT }, handle: undefined };
const step = (data: unknown) => ({ id: STEP_ROUTE, data, handle: { island: true } });

describe("the wizard's island in the page", () => {
  it("is chosen for a page whose route asks for it, with the root's and the page's data", () => {
    const island = wizardIslandOf([root, step({ answer: 1 })], null);
    expect(island).toEqual({ script: SCRIPT, payload: { root: root.data, page: { routeId: STEP_ROUTE, data: { answer: 1 } } } });
  });

  it.each([
    ["a route that does not ask for it", [root, { id: "routes/_index", data: {}, handle: undefined }], null],
    ["an error page", [root, step({})], new Error("boom")],
    ["a build without the island", [{ ...root, data: { lang: "de", wizardIsland: null } }, step({})], null],
  ])("is not chosen for %s", (_case, matches, error) => {
    expect(wizardIslandOf(matches, error)).toBeNull();
  });

  it("carries data that looks like markup without ending its element, and reads it back unchanged", () => {
    const hostile = { name: "</script><script>alert(1)</script><!--", note: "a < b & c > d" };
    const island = wizardIslandOf([root, step(hostile)], null)!;
    const html = renderToStaticMarkup(createElement(WizardIslandScripts, { island, nonce: "n0nce" }));
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const text = html.match(/<script id="wizard-island-data" type="application\/json">([^<]*)<\/script>/)![1]!;
    expect(JSON.parse(text).page.data).toEqual(hostile);
    expect(html).toContain(`<script type="module" src="${SCRIPT}" nonce="n0nce"></script>`);
  });
});
