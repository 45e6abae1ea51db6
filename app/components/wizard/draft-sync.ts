/**
 * The browser's queue of step pages to save in the server's draft (ADR 034): one sync at a time
 * in the order the pages were left, each with its own id and the revision it builds on, so a
 * retry after a lost answer is recognised by the server and never applied twice. Network
 * failures are retried with growing pauses (and at once when the browser is online again);
 * what the server refuses or finds outdated stops the queue and waits for the person's choice —
 * nothing queued is ever dropped silently.
 */
import { SYNC_BASE, SYNC_ID, SYNC_STEP, syncAddress } from "../../server/wizard/sync-fields";

export type SyncStatus = "idle" | "saved" | "saving" | "offline" | "conflict" | "refused";

export interface QueuedStep {
  id: string;
  stepId: string;
  /** The step form's fields as a plain post carries them (`_von` included). */
  fields: Array<[string, string]>;
}

export interface SyncState {
  status: SyncStatus;
  /** The server's message for a refusal or a conflict. */
  message?: string;
}

const MAX_PAUSE_MS = 30_000;

function newSyncId(): string {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2, 12)}`;
}

export class DraftSync {
  private queue: QueuedStep[] = [];
  private running = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  private waiting: Array<() => void> = [];
  private state: SyncState = { status: "idle" };
  /** The revision the server reported in a conflict: choosing "keep mine" builds on it. */
  private serverRevision: number | undefined;

  constructor(
    private readonly base: string,
    public revision: number,
  ) {
    if (typeof window !== "undefined") window.addEventListener("online", this.retryNow);
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SyncState => this.state;

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(stepId: string, fields: Array<[string, string]>): void {
    this.queue.push({ id: newSyncId(), stepId, fields });
    void this.run();
  }

  /**
   * Resolves once everything queued is stored (it waits through offline periods and for the
   * person's choice in a conflict), or at once when the server refused a save: the page then
   * posts as without JavaScript, and the server's answer to that post says what is wrong.
   */
  flush(): Promise<void> {
    if (this.queue.length === 0 || this.state.status === "refused") return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.retryNow();
    });
  }

  /** After a conflict: store this window's answers on top of what the other one saved. */
  keepMine(): void {
    if (this.serverRevision !== undefined) this.revision = this.serverRevision;
    // New ids: the server must apply them, not take them for the refused ones.
    this.queue = this.queue.map((entry) => ({ ...entry, id: newSyncId() }));
    this.set({ status: "saving" });
    void this.run();
  }

  /** The person chose the saved state: what this window queued is given up on purpose. */
  discard(): void {
    this.queue = [];
    this.stop();
  }

  stop(): void {
    clearTimeout(this.retryTimer);
    if (typeof window !== "undefined") window.removeEventListener("online", this.retryNow);
  }

  private readonly retryNow = () => {
    if (this.state.status !== "offline") return;
    clearTimeout(this.retryTimer);
    void this.run();
  };

  private set(state: SyncState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private async run(): Promise<void> {
    if (this.running || this.state.status === "conflict" || this.state.status === "refused") return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const entry = this.queue[0]!;
        if (this.state.status !== "offline") this.set({ status: "saving" });
        const outcome = await this.send(entry);
        if (outcome === "retry") {
          this.failures += 1;
          this.set({ status: "offline" });
          const pause = Math.min(MAX_PAUSE_MS, 500 * 2 ** Math.min(this.failures - 1, 6));
          this.retryTimer = setTimeout(() => void this.run(), pause);
          return;
        }
        if (outcome !== "stored") return;
        this.failures = 0;
        this.queue.shift();
      }
      this.set({ status: "saved" });
      for (const resolve of this.waiting.splice(0)) resolve();
    } finally {
      this.running = false;
    }
  }

  private async send(entry: QueuedStep): Promise<"stored" | "retry" | "stopped"> {
    const body = new URLSearchParams([[SYNC_ID, entry.id], [SYNC_BASE, String(this.revision)], [SYNC_STEP, entry.stepId], ...entry.fields]);
    let response: Response;
    try {
      response = await fetch(syncAddress(this.base, entry.stepId), { method: "POST", body, credentials: "same-origin" });
    } catch {
      return "retry";
    }
    if (response.status >= 500 || response.status === 429) return "retry";
    const reply = (await response.json().catch(() => ({}))) as { revision?: number; message?: string };
    if (response.ok && typeof reply.revision === "number") {
      this.revision = reply.revision;
      return "stored";
    }
    if (response.status === 409) {
      this.serverRevision = reply.revision;
      this.set({ status: "conflict", message: reply.message });
    } else {
      this.set({ status: "refused", message: reply.message });
      for (const resolve of this.waiting.splice(0)) resolve();
    }
    return "stopped";
  }
}
