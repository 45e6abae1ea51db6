import { describe, expect, it } from "vitest";
import { legalContextKey, legalQuery } from "~/lib/legal-paths";
import { checkFeedback } from "~/server/legal/feedback.server";
import { checkSettings, type SettingValues } from "~/server/legal/operator-settings.server";

const settings: SettingValues = {
  name: "IT-Verbund Nordthüringen",
  legalForm: "",
  street: "Musterweg 1",
  postalCode: "99755",
  city: "Ellrich",
  representative: "Die Vorsitzende",
  email: "barrierefreiheit@example.org",
  phone: "",
  vatId: "",
  supervisoryAuthority: "",
  dataProtectionOfficer: "",
  knownLimitations: "",
  signLanguageVideoUrl: "",
};

describe("legal page addresses", () => {
  it("name the municipality first, the operator otherwise, nothing for the portal default", () => {
    expect(legalQuery({ municipalitySlug: "heringen-helme", operatorKey: "x" })).toBe("?gemeinde=heringen-helme");
    expect(legalQuery({ municipalitySlug: null, operatorKey: "it-verbund-nordthueringen" })).toBe("?betreiber=it-verbund-nordthueringen");
    expect(legalQuery({ municipalitySlug: null, operatorKey: null })).toBe("");
  });

  it("change the footer's context between municipalities, not within one or within the staff area", () => {
    const key = (url: string) => legalContextKey(new URL(url, "http://portal"));
    expect(key("/rastenberg")).toBe(key("/rastenberg/hundesteuer-anmeldung/schritt/halter"));
    expect(key("/rastenberg")).not.toBe(key("/goersbach"));
    expect(key("/verwaltung")).toBe(key("/verwaltung/vorgaenge/VGKOE-2026-000001"));
    expect(key("/impressum?gemeinde=rastenberg")).not.toBe(key("/impressum?gemeinde=goersbach"));
  });
});

describe("feedback and operator settings checks", () => {
  it("require a message and accept an empty or well-formed address only", () => {
    expect(checkFeedback({ message: "", page: "", name: "", email: "" })).toHaveProperty("message");
    expect(checkFeedback({ message: "Zu kleiner Text", page: "", name: "", email: "" })).toEqual({});
    expect(checkFeedback({ message: "Zu kleiner Text", page: "", name: "", email: "a@b" })).toHaveProperty("email");
    expect(checkFeedback({ message: "x".repeat(5001), page: "", name: "", email: "" }).message).toContain(
      "ist 5.001 Zeichen lang. Bitte kürzen Sie sie auf höchstens 5.000 Zeichen",
    );
  });

  it("save a draft with gaps, but confirm only without placeholders and with a complete Impressum", () => {
    const draft = { ...settings, street: "", representative: "", email: "barrierefreiheit@it-verbund-nordthueringen.invalid" };
    expect(checkSettings(draft, false)).toEqual({});
    expect(Object.keys(checkSettings(draft, true)).sort()).toEqual(["email", "representative", "street"]);
    expect(checkSettings(settings, true)).toEqual({});
    expect(checkSettings({ ...settings, signLanguageVideoUrl: "javascript:alert(1)" }, false)).toHaveProperty("signLanguageVideoUrl");
    expect(checkSettings({ ...settings, postalCode: "9975" }, false)).toHaveProperty("postalCode");
    expect(checkSettings({ ...settings, name: "" }, false)).toEqual({ name: "Bitte ausfüllen." });
  });
});
