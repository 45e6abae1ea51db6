/**
 * A refusal worded from the catalogue keeps its German message for pages and logs and can be
 * read in English; a refusal built from a plain sentence has no key and stays German.
 */
import { describe, expect, it } from "vitest";
import { refusalMessage, refuse, text, worded } from "~/server/outcome";

describe("refusal texts", () => {
  it("fills the German message and keeps key and values for other languages", () => {
    const refusal = refuse("not-found", "service_not_found", text("refusal.serviceNotFound", { serviceId: "x-{ags}" }), { field: "to" });
    expect(refusal).toMatchObject({ ok: false, kind: "not-found", code: "service_not_found", field: "to" });
    expect(refusal.message).toBe("Die Leistung „x-{ags}“ gibt es nicht.");
    expect(refusal.text).toEqual({ key: "refusal.serviceNotFound", values: { serviceId: "x-{ags}" } });
    expect(refusalMessage(refusal, "en")).toBe("There is no service “x-{ags}”.");
    expect(refusalMessage(refusal, "de")).toBe(refusal.message);
  });

  it("leaves a sentence built by hand as it is in every language", () => {
    const refusal = refuse("invalid", "invalid_definition", "Zeile 3: „id“ fehlt.");
    expect(refusal.text).toBeUndefined();
    expect(refusalMessage(refusal, "en")).toBe("Zeile 3: „id“ fehlt.");
  });

  it("words an object literal the same way refuse does", () => {
    expect(worded(text("refusal.caseNotFound"))).toEqual({
      message: "Diesen Vorgang gibt es in Ihrer Behörde nicht.",
      text: { key: "refusal.caseNotFound" },
    });
  });
});
