import { describe, expect, it } from "vitest";
import { de, en } from "~/lib/i18n/dictionary";
import { descriptionKey } from "~/lib/i18n/page-descriptions";

describe("meta descriptions by page family", () => {
  it.each([
    ["/", "frame.description.home"],
    ["/rastenberg", "frame.description.municipality"],
    ["/rastenberg/hundesteuer-anmeldung", "frame.description.service"],
    ["/rastenberg/hundesteuer-anmeldung/schritt/halter", "frame.description.service"],
    ["/status", "frame.description.status"],
    ["/status/eingangsbestaetigung.pdf", "frame.description.status"],
    ["/fortsetzen", "frame.description.resume"],
    ["/anmelden", "frame.description.signIn"],
    ["/anmelden/bundid/acs", "frame.description.signIn"],
    ["/verwaltung", "frame.description.staff"],
    ["/verwaltung/vorgaenge/VGKOE-2026-000001", "frame.description.staff"],
    ["/redaktion/leistungen/x/vorschau", "frame.description.editorial"],
    ["/impressum", "frame.description.legal"],
    ["/datenschutz", "frame.description.legal"],
    ["/leichte-sprache", "frame.description.easyLanguage"],
    ["/gebaerdensprache", "frame.description.signLanguage"],
    // A municipality whose slug merely starts like a staff path is a municipality.
    ["/verwaltungsgemeinschaft-x", "frame.description.municipality"],
    ["/constructor", "frame.description.municipality"],
  ])("%s → %s", (path, key) => {
    expect(descriptionKey(path)).toBe(key);
  });

  it("are sentences of a useful length in German and English", () => {
    for (const dictionary of [de, en])
      for (const [key, text] of Object.entries(dictionary))
        if (key.startsWith("frame.description.")) expect(text.length, key).toBeGreaterThanOrEqual(50);
  });
});
