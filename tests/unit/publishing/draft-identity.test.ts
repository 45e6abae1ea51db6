import { describe, expect, it } from "vitest";
import { readIdentity } from "~/server/publishing/definition-identity";
import { identityProblems, mergeProblems } from "~/server/publishing/draft-rules";

const text = (value: unknown) => JSON.stringify(value, null, 2);

describe("readIdentity", () => {
  it("reads id, version, level, title and LeiKa key of a definition, whatever else is wrong with it", () => {
    expect(
      readIdentity(
        text({
          id: "veranstaltung-anzeige",
          version: 2,
          level: "gemeinde",
          title: { de: " Anzeige " },
          leikaKey: "99000000000000",
          steps: "kaputt",
        }),
      ),
    ).toEqual({
      id: "veranstaltung-anzeige",
      version: 2,
      level: "gemeinde",
      title: "Anzeige",
      leikaKey: "99000000000000",
    });
  });

  it.each([
    ["not JSON", "{ id: 1"],
    ["an array", "[]"],
    ["a number", "42"],
  ])("reads nothing from %s", (_name, source) => {
    expect(readIdentity(source)).toEqual({});
  });

  it("ignores malformed identity fields instead of guessing", () => {
    expect(readIdentity(text({ id: "Bad Id", version: 0, level: "bund", title: { de: "" } }))).toEqual({});
  });

  it("accepts a byte order mark", () => {
    expect(readIdentity(`\uFEFF${text({ id: "abc-def" })}`).id).toBe("abc-def");
  });
});

describe("identityProblems", () => {
  const target = { serviceId: "veranstaltung-anzeige", version: 3, fixedVersions: [1, 2], fixedLevel: "gemeinde" as const };

  it("accepts the service's id, the next version and the fixed level", () => {
    const source = text({ id: "veranstaltung-anzeige", version: 3, level: "gemeinde" });
    expect(identityProblems(source, readIdentity(source), target)).toEqual([]);
  });

  it("names the pointer and line of a wrong id, an already published version and a changed level", () => {
    const source = text({ id: "andere-leistung", version: 2, level: "kreis" });
    const problems = identityProblems(source, readIdentity(source), target);
    expect(problems.map((p) => [p.pointer, p.line])).toEqual([
      ["/id", 2],
      ["/version", 3],
      ["/level", 4],
    ]);
    expect(problems[1].message).toContain("Version 2 ist bereits veröffentlicht");
    expect(problems[1].message).toContain("nächste Versionsnummer: 3");
  });

  it("asks for the next free number when a version is skipped", () => {
    const source = text({ id: "veranstaltung-anzeige", version: 7 });
    expect(identityProblems(source, readIdentity(source), target)[0].message).toBe(
      "Die Versionsnummer muss 3 sein (die nächste freie Nummer dieser Leistung).",
    );
  });

  it("lets the level change while nothing has been published", () => {
    const source = text({ id: "veranstaltung-anzeige", version: 1, level: "kreis" });
    expect(identityProblems(source, readIdentity(source), { ...target, version: 1, fixedVersions: [], fixedLevel: null })).toEqual([]);
  });
});

describe("mergeProblems", () => {
  it("keeps the checker's problem for a pointer and orders by position", () => {
    const merged = mergeProblems(
      [{ pointer: "/version", message: "checker", line: 3, column: 3 }],
      [
        { pointer: "/version", message: "rule", line: 3, column: 3 },
        { pointer: "/id", message: "rule", line: 2, column: 3 },
      ],
    );
    expect(merged).toEqual([
      { pointer: "/id", message: "rule", line: 2, column: 3 },
      { pointer: "/version", message: "checker", line: 3, column: 3 },
    ]);
  });
});
