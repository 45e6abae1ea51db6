import { describe, expect, it } from "vitest";
import { caseStatuses } from "../../../db/schema";
import {
  allowedTransitions,
  canTransition,
  CASE_STATUSES,
  isFinal,
  nextStatus,
  requiresCitizenMessage,
  STATUS_LABELS,
  type CaseStatus,
} from "~/server/cases/lifecycle";
import { illegalTransitionText } from "~/server/cases/case-refusal-texts";
import { translate } from "~/lib/i18n/translate";

const illegalTransitionMessage = (from: CaseStatus, to: CaseStatus, lang: "de" | "en" = "de") => {
  const { key, values } = illegalTransitionText(from, to);
  return translate(lang, key, values);
};

/** The lifecycle as the issue states it: every pair not listed here must be refused. */
const LEGAL: Array<[CaseStatus, CaseStatus]> = [
  ["eingegangen", "in_bearbeitung"],
  ["in_bearbeitung", "rueckfrage"],
  ["rueckfrage", "in_bearbeitung"],
  ["in_bearbeitung", "abgeschlossen"],
  ["in_bearbeitung", "abgelehnt"],
];
const isLegal = (from: CaseStatus, to: CaseStatus) => LEGAL.some(([f, t]) => f === from && t === to);
const allPairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as [CaseStatus, CaseStatus]));

describe("case lifecycle machine", () => {
  it("knows exactly the statuses of the database schema", () => {
    expect([...CASE_STATUSES]).toEqual([...caseStatuses]);
  });

  it.each(allPairs.filter(([f, t]) => isLegal(f, t)))("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(nextStatus(from, to)).toBe(to);
  });

  it.each(allPairs.filter(([f, t]) => !isLegal(f, t)))("refuses %s → %s with a message naming both statuses", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(nextStatus(from, to)).toBeNull();
    const message = illegalTransitionMessage(from, to);
    expect(message).toContain(STATUS_LABELS[to]);
    if (from !== to) expect(message).toContain(STATUS_LABELS[from]);
  });

  it("lists the allowed next statuses in lifecycle order", () => {
    expect(allowedTransitions("eingegangen")).toEqual(["in_bearbeitung"]);
    expect(allowedTransitions("in_bearbeitung")).toEqual(["rueckfrage", "abgeschlossen", "abgelehnt"]);
    expect(allowedTransitions("rueckfrage")).toEqual(["in_bearbeitung"]);
    expect(allowedTransitions("abgeschlossen")).toEqual([]);
    expect(allowedTransitions("abgelehnt")).toEqual([]);
  });

  it("lets the citizen answer a Rückfrage and withdraw an undecided case, and nothing else (ADR 033)", () => {
    const citizenPairs = allPairs.filter(([from, to]) => canTransition(from, to, "citizen"));
    expect(citizenPairs).toEqual([
      ["eingegangen", "zurueckgezogen"],
      ["in_bearbeitung", "zurueckgezogen"],
      ["rueckfrage", "in_bearbeitung"],
      ["rueckfrage", "zurueckgezogen"],
    ]);
    expect(allowedTransitions("rueckfrage", "citizen")).toEqual(["in_bearbeitung", "zurueckgezogen"]);
    expect(illegalTransitionMessage("in_bearbeitung", "zurueckgezogen")).toContain("nur die antragstellende Person");
  });

  it("ends in abgeschlossen, abgelehnt and zurueckgezogen, and says so when asked to leave them", () => {
    expect(CASE_STATUSES.filter(isFinal)).toEqual(["abgeschlossen", "abgelehnt", "zurueckgezogen"]);
    expect(illegalTransitionMessage("zurueckgezogen", "in_bearbeitung")).toContain("beendet");
    expect(illegalTransitionMessage("abgeschlossen", "in_bearbeitung")).toContain("beendet");
    expect(illegalTransitionMessage("abgeschlossen", "in_bearbeitung", "en")).toBe(
      "A case with the status “Completed” cannot move to the status “In progress”. The case is closed and can no longer be changed.",
    );
  });

  it("names the possible next statuses with the labels and quotation marks of the language", () => {
    expect(illegalTransitionMessage("in_bearbeitung", "eingegangen")).toBe(
      "Ein Vorgang im Status „In Bearbeitung“ kann nicht in den Status „Eingegangen“ wechseln. Möglich ist: „Rückfrage“, „Abgeschlossen“, „Abgelehnt“.",
    );
    expect(illegalTransitionMessage("in_bearbeitung", "eingegangen", "en")).toBe(
      "A case with the status “In progress” cannot move to the status “Received”. It can move to: “Query”, “Completed”, “Rejected”.",
    );
    expect(illegalTransitionMessage("eingegangen", "eingegangen")).toBe(
      "Der Vorgang hat bereits den Status „Eingegangen“. Möglich ist: „In Bearbeitung“.",
    );
  });

  it("requires a message to the citizen for a question, a completion and a rejection only", () => {
    expect(CASE_STATUSES.filter(requiresCitizenMessage)).toEqual(["rueckfrage", "abgeschlossen", "abgelehnt"]);
  });
});
