/**
 * How the step page presents questions with a condition: placed under the option that reveals
 * them with the condition in words (German and English), or left out when earlier pages decide.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import { clausesToSchema } from "../../../app/engine/condition-clauses";
import type { FormDefinition } from "../../../app/engine/types";
import { translate } from "../../../app/lib/i18n/translate";
import { stepView } from "../../../app/server/wizard/step-view";
import { builtInForms } from "../engine/support";

const dogTax = builtInForms().find(({ definition }) => definition.id === "hundesteuer-anmeldung")!.definition;

describe("conditional questions on the step page", () => {
  it("places the dog tax's previous municipality under 'Ja', with its condition in words", () => {
    const runtime = compile(dogTax);
    const step = runtime.step("hunde");
    const previous = (lang: "de" | "en") =>
      stepView(runtime, step, {}, lang, (key) => translate(lang, key))
        .fields.find((field) => field.widget === "group")!
        .group!.fields.find((field) => field.pointer === "/vorherigeGemeinde")!;
    expect(previous("de").condition).toEqual({ words: "Nur wenn Sie ‚Ja‘ gewählt haben", controller: "/zuzug", revealUnder: "ja" });
    expect(previous("en").condition?.words).toBe("Only if you chose ‘Yes’");
  });

  it("leaves out a question whose condition names only earlier pages while it fails, and names the question it depends on", () => {
    const definition: FormDefinition = structuredClone(dogTax);
    definition.id = "test-bedingung-frueher";
    const zahlung = definition.steps.find((step) => step.id === "zahlung")!;
    // Asked on the payment page only for applicants without an e-mail address (answered on the first page).
    zahlung.fields[0]!.when = clausesToSchema({ combine: "all", clauses: [{ pointer: "/halter/kontakt/email", operator: "isEmpty" }] });
    const runtime = compile(definition);
    const step = runtime.step("zahlung");
    expect(stepView(runtime, step, { halter: { kontakt: { email: "a@b.de" } } }, "de", (key) => translate("de", key)).fields).toEqual([]);
    const shown = stepView(runtime, step, {}, "de", (key) => translate("de", key)).fields;
    expect(shown.map((field) => field.pointer)).toEqual(["/zahlung/zahlweise"]);
    // Decided by the server: no words needed on the page.
    expect(shown[0]!.condition).toBeUndefined();
  });
});
