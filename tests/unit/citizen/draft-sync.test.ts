/**
 * The browser's sync queue (ADR 034) against a stand-in for the network, the one outside
 * boundary: pages are sent one at a time in order, a lost request is sent again with the same
 * id and revision, a conflict stops the queue until the person chooses, and "keep mine" sends
 * the page again on the server's revision with a new id.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DraftSync } from "~/components/wizard/draft-sync";

interface Sent {
  id: string;
  base: string;
  step: string;
}

function network(answers: Array<(sent: Sent) => Response | Error>) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: { body: URLSearchParams }) => {
      const entry = { id: init.body.get("_abgleich")!, base: init.body.get("_basis")!, step: init.body.get("_schritt")! };
      sent.push(entry);
      const answer = (answers.shift() ?? (() => new Error("no answer left")))(entry);
      if (answer instanceof Error) throw answer;
      return answer;
    }),
  );
  return sent;
}

const stored = (revision: number) => () => Response.json({ revision, page: "schritt/x" });

afterEach(() => vi.unstubAllGlobals());

describe("the background sync queue", () => {
  it("sends pages in order, each on the revision the one before produced, and retries a lost one with the same id", async () => {
    const sent = network([stored(4), () => new TypeError("Failed to fetch"), stored(5)]);
    const sync = new DraftSync("/rastenberg/hundesteuer-anmeldung", 3);
    sync.enqueue("halter", [["/halter/name/vorname", "Łukasz"]]);
    sync.enqueue("hunde", [["/hunde/0/name", "Bello"]]);
    expect(sync.pending).toBe(true);
    await sync.flush();
    expect(sent.map(({ step, base }) => [step, base])).toEqual([
      ["halter", "3"],
      ["hunde", "4"],
      ["hunde", "4"],
    ]);
    expect(sent[2]!.id).toBe(sent[1]!.id);
    expect(sync.revision).toBe(5);
    expect(sync.getState().status).toBe("saved");
    expect(sync.pending).toBe(false);
    sync.stop();
  });

  it("stops at a conflict, keeps the page, and sends it again on the server's revision when the person keeps it", async () => {
    const sent = network([() => Response.json({ revision: 7, message: "geändert" }, { status: 409 }), stored(8)]);
    const sync = new DraftSync("/rastenberg/hundesteuer-anmeldung", 2);
    sync.enqueue("halter", [["/halter/name/vorname", "Zweitfenster"]]);
    await vi.waitFor(() => expect(sync.getState()).toEqual({ status: "conflict", message: "geändert" }));
    expect(sync.pending).toBe(true);
    sync.keepMine();
    await sync.flush();
    expect(sent.map(({ base }) => base)).toEqual(["2", "7"]);
    expect(sent[1]!.id).not.toBe(sent[0]!.id);
    expect(sync.revision).toBe(8);
    sync.stop();
  });

  it("after a refused save, a page waiting for the queue goes on at once, so its own post reaches the server", async () => {
    const sent = network([() => Response.json({ message: "Bitte prüfen Sie Ihre Angaben." }, { status: 422 })]);
    const sync = new DraftSync("/rastenberg/hundesteuer-anmeldung", 2);
    sync.enqueue("halter", [["/halter/name/vorname", ""]]);
    // The page's "Weiter" waits for the queue while the refused answer is on its way.
    const waiting = sync.flush();
    await waiting;
    expect(sync.getState()).toEqual({ status: "refused", message: "Bitte prüfen Sie Ihre Angaben." });
    // Later waits do not hang either, and nothing more is sent.
    await sync.flush();
    expect(sent).toHaveLength(1);
    expect(sync.pending).toBe(true);
    sync.stop();
  });
});
