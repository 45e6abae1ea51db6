import { describe, expect, it } from "vitest";
import { parseJsonWithinLimits } from "~/server/api/json-limits";
import { requestBodyProblems } from "~/server/api/request-body.server";
import { apiLanguage } from "~/server/i18n/language.server";

const withAcceptLanguage = (value: string | null) =>
  new Request("http://portal.test/api/v1/municipalities", value === null ? {} : { headers: { "Accept-Language": value } });

describe("the API's language", () => {
  it.each([
    [null, "de"],
    ["", "de"],
    ["de", "de"],
    ["en", "en"],
    ["EN-us", "en"],
    ["en-GB,en;q=0.9,de;q=0.8", "en"],
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["de;q=0.4, en;q=0.6", "en"],
    ["en, de", "en"],
    ["de, en", "de"],
    ["fr", "de"],
    ["fr-FR, en;q=0.5", "en"],
    ["*", "de"],
    ["en;q=0", "de"],
    ["en;q=abc", "de"],
    ["en;q=2", "de"],
  ] as const)("Accept-Language %j gives %s", (header, lang) => {
    expect(apiLanguage(withAcceptLanguage(header))).toBe(lang);
  });

  it("names body problems in the chosen language, with the same pointers", () => {
    const german = requestBodyProblems("submitApplication", { service: 1 });
    const english = requestBodyProblems("submitApplication", { service: 1 }, "en");
    expect(english.map((problem) => problem.pointer)).toEqual(german.map((problem) => problem.pointer));
    expect(german.some((problem) => problem.message.startsWith("muss "))).toBe(true);
    expect(english.some((problem) => problem.message.startsWith("must "))).toBe(true);
  });

  it("names JSON the portal cannot store in the chosen language", () => {
    const refused = (text: string, lang: "de" | "en") => {
      const result = parseJsonWithinLimits(text, lang);
      return result.ok ? null : result.problem.message;
    };
    expect(refused('{"a":1e400}', "en")).toBe("The value is a number outside the representable range.");
    expect(refused('{"a":9007199254740993}', "en")).toBe(
      "The value is an integer that cannot be represented exactly (allowed: up to 9,007,199,254,740,991).",
    );
    expect(refused('{"a":9007199254740993}', "de")).toContain("9.007.199.254.740.991");
    expect(refused('{"a\\u0000":1}', "en")).toBe("The name contains the character U+0000, which cannot be stored.");
    expect(refused("[".repeat(65) + "]".repeat(65), "en")).toBe("The content is nested deeper than 64 levels.");
  });
});
