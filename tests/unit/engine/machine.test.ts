import fc from "fast-check";
import { createActor } from "xstate";
import { describe, expect, it } from "vitest";
import { compile } from "../../../app/engine/compile.server";
import type { FormEvent } from "../../../app/engine/machine";
import {
  DECLARATION_POINTER,
  InvalidFormStateError,
  persistState,
  restoreState,
  startState,
  transition,
} from "../../../app/engine/transition";
import { clone, dogTaxDefinition, runJourney, validDogTaxPayload } from "./support";

const runtime = compile(dogTaxDefinition);

const breakOneField = fc.constantFrom<Array<(payload: any) => void>>(
  (p) => delete p.antragsteller.nachname,
  (p) => (p.anschrift.plz = "1"),
  (p) => (p.hunde = []),
  (p) => (p.sepaMandat = false),
  (p) => (p.bankverbindung.iban = "DE00000000000000000000"),
  (p) => {
    p.gefaehrlich = "ja";
    delete p.erlaubnis;
  },
);

describe("form machine", () => {
  it("reaches submitted with every valid payload, visiting exactly the active steps", () => {
    fc.assert(
      fc.property(validDogTaxPayload, (payload) => {
        const { snapshot, visited } = runJourney(runtime, () => payload);
        expect(snapshot.value).toBe("submitted");
        expect(snapshot.status).toBe("done");
        expect(snapshot.output).toEqual(runtime.pruneInactive(payload));
        expect(visited).toEqual(runtime.activeSteps(payload));
      }),
      { numRuns: 150 },
    );
  });

  it("never reaches submitted with invalid answers", () => {
    fc.assert(
      fc.property(validDogTaxPayload, breakOneField, (payload, breakIt) => {
        const broken = clone(payload);
        breakIt(broken);
        const { snapshot } = runJourney(runtime, () => broken);
        expect(snapshot.value).not.toBe("submitted");
      }),
      { numRuns: 150 },
    );
  });

  it("submits only what the form asks for: skipped steps and unknown keys never leak", () => {
    fc.assert(
      fc.property(validDogTaxPayload, (payload) => {
        const stale = {
          ...payload,
          gefaehrlich: "nein",
          erlaubnis: { nummer: "ALT-1", behoerde: "Altes Amt" },
          geheim: "nicht erfragt",
        };
        const { snapshot } = runJourney(runtime, () => stale);
        expect(snapshot.value).toBe("submitted");
        for (const key of ["erlaubnis", "geheim"]) expect(snapshot.output).not.toHaveProperty(key);
      }),
      { numRuns: 100 },
    );
  });

  it("removes a branch's answers when an edit from the review switches it off", () => {
    const payload = {
      ...fc.sample(validDogTaxPayload, { numRuns: 1, seed: 5 })[0]!,
      gefaehrlich: "ja",
      erlaubnis: { nummer: "ERL-2024", behoerde: "Ordnungsamt" },
    };
    let snapshot = runJourney(runtime, () => payload).snapshot;
    expect(snapshot.output).toHaveProperty("erlaubnis");

    // Same journey, but stop at the review and edit the dogs page.
    snapshot = startState(runtime);
    while (snapshot.value !== "review") snapshot = transition(runtime, snapshot, { type: "NEXT", data: payload }).snapshot;
    snapshot = transition(runtime, snapshot, { type: "GOTO", step: "hunde" }).snapshot;
    expect(snapshot.value).toBe("hunde");
    expect(snapshot.context.returnToReview).toBe(true);
    snapshot = transition(runtime, snapshot, { type: "NEXT", data: { ...payload, gefaehrlich: "nein" } }).snapshot;
    expect(snapshot.value).toBe("review");
    expect(snapshot.context.data).not.toHaveProperty("erlaubnis");

    // Switching it back on asks for the branch, then returns to the review.
    snapshot = transition(runtime, snapshot, { type: "GOTO", step: "hunde" }).snapshot;
    snapshot = transition(runtime, snapshot, { type: "NEXT", data: { ...payload, gefaehrlich: "ja" } }).snapshot;
    expect(snapshot.value).toBe("gefahrhund");
    snapshot = transition(runtime, snapshot, { type: "NEXT", data: payload }).snapshot;
    expect(snapshot.value).toBe("review");
    const submitted = transition(runtime, snapshot, { type: "SUBMIT", declarationAccepted: true }).snapshot;
    expect(submitted.output).toMatchObject({ gefaehrlich: "ja", erlaubnis: payload.erlaubnis });
  });

  it("skips inactive steps going back, and cannot go to them from the review", () => {
    const payload = { ...fc.sample(validDogTaxPayload, { numRuns: 1, seed: 9 })[0]!, gefaehrlich: "nein" };
    let snapshot = startState(runtime);
    while (String(snapshot.value) !== "ermaessigung") snapshot = transition(runtime, snapshot, { type: "NEXT", data: payload }).snapshot;
    expect(transition(runtime, snapshot, { type: "BACK" }).snapshot.value).toBe("hunde");
    while (String(snapshot.value) !== "review") snapshot = transition(runtime, snapshot, { type: "NEXT", data: payload }).snapshot;
    expect(transition(runtime, snapshot, { type: "BACK" }).snapshot.value).toBe("bankverbindung");
    expect(transition(runtime, snapshot, { type: "GOTO", step: "gefahrhund" }).accepted).toBe(false);
    expect(transition(runtime, startState(runtime), { type: "BACK" }).accepted).toBe(false);
  });

  it("explains refused events: step errors, and the declaration on submit", () => {
    const refused = transition(runtime, startState(runtime), { type: "NEXT", data: { antragsteller: { vorname: "Eva" } } });
    expect(refused.accepted).toBe(false);
    expect(refused.snapshot.value).toBe("antragsteller");
    expect(refused.snapshot.context.data).toEqual({});
    expect(refused.errors.map((error) => error.pointer)).toEqual(["/antragsteller/nachname", "/geburtsdatum"]);

    const payload = fc.sample(validDogTaxPayload, { numRuns: 1, seed: 13 })[0]!;
    let snapshot = startState(runtime);
    while (snapshot.value !== "review") snapshot = transition(runtime, snapshot, { type: "NEXT", data: payload }).snapshot;
    const undeclared = transition(runtime, snapshot, { type: "SUBMIT", declarationAccepted: false });
    expect(undeclared.accepted).toBe(false);
    expect(undeclared.errors).toEqual([
      expect.objectContaining({ pointer: DECLARATION_POINTER, message: expect.stringContaining("Erklärung") }),
    ]);
  });

  it("gives the same state when a persisted snapshot is restored and the rest replayed", () => {
    const event: fc.Arbitrary<FormEvent> = fc.oneof(
      { weight: 5, arbitrary: validDogTaxPayload.map((data) => ({ type: "NEXT" as const, data })) },
      {
        weight: 1,
        arbitrary: validDogTaxPayload.chain((data) =>
          breakOneField.map((breakIt) => {
            const broken = clone(data);
            breakIt(broken);
            return { type: "NEXT" as const, data: broken };
          }),
        ),
      },
      { weight: 1, arbitrary: fc.constant({ type: "BACK" as const }) },
      { weight: 1, arbitrary: fc.constantFrom(...runtime.stepOrder).map((step) => ({ type: "GOTO" as const, step })) },
      { weight: 1, arbitrary: fc.boolean().map((declarationAccepted) => ({ type: "SUBMIT" as const, declarationAccepted })) },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), fc.nat(), (events, cutAt) => {
        const cut = events.length === 0 ? 0 : cutAt % (events.length + 1);
        // A finished actor ignores (and warns about) further events; the pure path ignores them silently.
        const send = (actor: { getSnapshot(): { status: string }; send(event: FormEvent): void }, item: FormEvent) => {
          if (actor.getSnapshot().status === "active") actor.send(item);
        };
        const live = createActor(runtime.createMachine()).start();
        for (const item of events) send(live, item);

        const first = createActor(runtime.createMachine()).start();
        for (const item of events.slice(0, cut)) send(first, item);
        const stored = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));

        // Restored into an actor …
        const resumed = createActor(runtime.createMachine(), { snapshot: stored }).start();
        for (const item of events.slice(cut)) send(resumed, item);
        // … and purely, as the server does.
        let pure = restoreState(runtime, stored);
        for (const item of events.slice(cut)) pure = transition(runtime, pure, item).snapshot;

        const expected = live.getSnapshot();
        for (const candidate of [resumed.getSnapshot(), pure]) {
          expect(candidate.value).toEqual(expected.value);
          expect(candidate.context).toEqual(expected.context);
          expect(candidate.status).toEqual(expected.status);
        }
        expect(JSON.parse(JSON.stringify(persistState(runtime, pure)))).toEqual(JSON.parse(JSON.stringify(live.getPersistedSnapshot())));
      }),
      { numRuns: 150 },
    );
  });

  it("refuses stored states that do not fit the form", () => {
    expect(() => restoreState(runtime, null)).toThrow(InvalidFormStateError);
    expect(() => restoreState(runtime, { value: "nirgendwo", context: { data: {}, returnToReview: false } })).toThrow(
      InvalidFormStateError,
    );
    expect(() => restoreState(runtime, { value: "review", context: { data: "kaputt", returnToReview: false } })).toThrow(
      InvalidFormStateError,
    );
  });
});
