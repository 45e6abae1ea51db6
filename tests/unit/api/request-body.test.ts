import { describe, expect, it } from "vitest";
import { requestBodyProblems } from "~/server/api/request-body.server";

describe("request bodies checked against the OpenAPI document", () => {
  it("refuses a revision written as text instead of coercing it (the regression of issue 13)", () => {
    expect(requestBodyProblems("transitionCase", { to: "in_bearbeitung", revision: "1" })).toEqual([
      { pointer: "/revision", message: "muss sein: integer" },
    ]);
    expect(requestBodyProblems("transitionCase", { to: "in_bearbeitung", revision: 1 })).toEqual([]);
  });

  it("names the pointer of a missing, an unknown and an out-of-list property, in German", () => {
    const problems = requestBodyProblems("transitionCase", { stauts: "x", to: "offen" });
    expect(problems).toEqual(
      expect.arrayContaining([
        { pointer: "/stauts", message: "darf keine zusätzlichen Attribute haben" },
        { pointer: "/to", message: expect.stringMatching(/^muss einem der vorgegebenen Werte entsprechen: "eingegangen", /) },
      ]),
    );
    expect(requestBodyProblems("transitionCase", {})).toEqual([
      { pointer: "/to", message: "muss das erforderliche Attribut to enthalten" },
    ]);
  });

  it("counts maxLength in characters: 5,000 emoji fit a 5,000-character note", () => {
    expect(requestBodyProblems("transitionCase", { to: "in_bearbeitung", note: "😀".repeat(5000) })).toEqual([]);
    expect(requestBodyProblems("transitionCase", { to: "in_bearbeitung", note: "😀".repeat(5001) })).toEqual([
      { pointer: "/note", message: "darf nicht länger als 5000 Zeichen sein" },
    ]);
  });

  it("checks the submission envelope: service id, version range, Base64 attachment content", () => {
    const envelope = { service: "hundesteuer-anmeldung", municipality: "16068042", data: {}, idempotencyKey: "abcdefgh-1" };
    expect(requestBodyProblems("submitApplication", envelope)).toEqual([]);
    const pointers = (body: unknown) => requestBodyProblems("submitApplication", body).map((p) => p.pointer);
    expect(pointers({ ...envelope, service: "Hundesteuer!" })).toEqual(["/service"]);
    expect(pointers({ ...envelope, version: 1000000 })).toEqual(["/version"]);
    expect(pointers({ ...envelope, version: "1" })).toEqual(["/version"]);
    expect(pointers({ ...envelope, attachments: [{ id: "a", content: "kein base64!" }] })).toEqual(["/attachments/0/content"]);
    expect(pointers({ ...envelope, attachments: [{ id: "a", content: Buffer.from("PDF").toString("base64") }] })).toEqual([]);
  });

  it("checks the offering list item by item", () => {
    expect(requestBodyProblems("replaceServiceOffering", { municipalities: ["16068025", "Haßleben"] }).map((p) => p.pointer)).toEqual([
      "/municipalities/1",
    ]);
  });

  it("knows only operations with a JSON body", () => {
    expect(() => requestBodyProblems("getMunicipality", {})).toThrow(/no JSON request body/);
  });
});
