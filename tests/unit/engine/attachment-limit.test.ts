/**
 * One limit for files per application: the submission API refuses more than
 * MAX_ATTACHMENTS_PER_SUBMISSION, and the definition check refuses a
 * definition whose file fields could ask for more.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkAttachmentLimit, fileCapacities, MAX_ATTACHMENTS_PER_SUBMISSION } from "../../../app/engine/attachment-limit";
import { checkDefinition } from "../../../app/engine/definition-check.server";
import { sharedSchemasById } from "../../../app/engine/shared-schemas";
import type { FormDefinition, JsonSchema } from "../../../app/engine/types";
import { requestBodyProblems } from "../../../app/server/api/request-body.server";
import { builtInForms, FIXTURES, readJson } from "./support";

const ATTACHMENT = { $ref: "attachment.schema.json" };

/** The minimal valid definition plus a list of files (`maxItems` or unbounded) and a group whose items carry one file. */
function withFiles(listMaxItems: number | undefined, groupMaxItems: number | undefined): FormDefinition {
  const definition = readJson<FormDefinition>(`${FIXTURES}/valid/minimal.json`);
  const properties = definition.dataSchema.properties as Record<string, JsonSchema>;
  properties.nachweise = { type: "array", items: ATTACHMENT, ...(listMaxItems === undefined ? {} : { maxItems: listMaxItems }) };
  properties.hunde = {
    type: "array",
    ...(groupMaxItems === undefined ? {} : { maxItems: groupMaxItems }),
    items: {
      type: "object",
      properties: { name: { type: "string" }, impfpass: ATTACHMENT, fotos: { type: "array", maxItems: 2, items: ATTACHMENT } },
    },
  };
  properties.meldebescheinigung = ATTACHMENT;
  definition.steps[0]!.fields.push(
    { pointer: "/nachweise", widget: "file", label: { de: "Nachweise" }, accept: ["application/pdf"] },
    { pointer: "/meldebescheinigung", widget: "file", label: { de: "Meldebescheinigung" }, accept: ["application/pdf"] },
    {
      pointer: "/hunde",
      widget: "group",
      label: { de: "Hunde" },
      itemLabel: { de: "Hund {n}" },
      addLabel: { de: "Hund hinzufügen" },
      fields: [
        { pointer: "/name", widget: "text", label: { de: "Name" } },
        { pointer: "/impfpass", widget: "file", label: { de: "Impfpass" }, accept: ["application/pdf"] },
        { pointer: "/fotos", widget: "file", label: { de: "Fotos" }, accept: ["image/jpeg"] },
      ],
    },
  );
  return definition;
}

const total = (definition: FormDefinition) => fileCapacities(definition, sharedSchemasById).reduce((sum, c) => sum + c.files, 0);

describe("attachment limit", () => {
  it("counts file lists by maxItems, single files as one, and group items times the group's maxItems", () => {
    const definition = withFiles(4, 3);
    expect(fileCapacities(definition, sharedSchemasById)).toEqual([
      { at: "/steps/0/fields/4", pointer: "/nachweise", files: 4 },
      { at: "/steps/0/fields/5", pointer: "/meldebescheinigung", files: 1 },
      { at: "/steps/0/fields/6", pointer: "/hunde", files: 9 },
    ]);
    expect(checkAttachmentLimit(definition, sharedSchemasById)).toEqual([]);
    expect(checkDefinition(definition)).toEqual([]);
  });

  it("accepts exactly the limit and refuses one more", () => {
    // 1 + 3 × 3 = 10 besides the list: the list fills up to the limit.
    const atLimit = withFiles(MAX_ATTACHMENTS_PER_SUBMISSION - 10, 3);
    expect(total(atLimit)).toBe(MAX_ATTACHMENTS_PER_SUBMISSION);
    expect(checkDefinition(atLimit)).toEqual([]);
    const overLimit = withFiles(MAX_ATTACHMENTS_PER_SUBMISSION - 9, 3);
    expect(checkDefinition(overLimit)).toEqual([
      { pointer: "/steps/0/fields/4", message: expect.stringContaining(`bis zu ${MAX_ATTACHMENTS_PER_SUBMISSION + 1} Dateien`) },
    ]);
  });

  it("counts a list of files or a group without maxItems as over the limit", () => {
    for (const definition of [withFiles(undefined, 1), withFiles(1, undefined)]) {
      expect(total(definition)).toBe(Infinity);
      expect(checkDefinition(definition)).toEqual([
        expect.objectContaining({ message: expect.stringContaining("unbegrenzt viele Dateien") }),
      ]);
    }
  });

  it("keeps every built-in form within the limit (Wohngeld could once take 51 files)", () => {
    const forms = builtInForms();
    expect(forms.length).toBeGreaterThan(0);
    for (const { file, definition } of forms) {
      expect(total(definition), file).toBeLessThanOrEqual(MAX_ATTACHMENTS_PER_SUBMISSION);
    }
    const wohngeld = forms.find(({ definition }) => definition.id === "wohngeld-mietzuschuss")!.definition;
    expect(total(wohngeld)).toBe(MAX_ATTACHMENTS_PER_SUBMISSION);
  });

  it("is the limit the submission API enforces (its request schema)", () => {
    const body = (count: number) => ({
      service: "hundesteuer-anmeldung",
      municipality: "16068051",
      data: {},
      idempotencyKey: "attachments-limit-1",
      attachments: Array.from({ length: count }, () => ({ id: crypto.randomUUID(), content: "" })),
    });
    expect(requestBodyProblems("submitApplication", body(MAX_ATTACHMENTS_PER_SUBMISSION))).toEqual([]);
    expect(requestBodyProblems("submitApplication", body(MAX_ATTACHMENTS_PER_SUBMISSION + 1))).toEqual([
      expect.objectContaining({ pointer: "/attachments" }),
    ]);
  });

  it("reports the too-many-attachments fixture at its largest file field", () => {
    const text = readFileSync(`${FIXTURES}/too-many-attachments.json`, "utf8");
    expect(checkDefinition(JSON.parse(text))).toEqual([
      { pointer: "/steps/0/fields/4", message: expect.stringContaining("bis zu 21 Dateien enthalten (/nachweise: 16, /hunde: 5)") },
    ]);
  });
});
