/**
 * Citizens' software submitting without pause: each client sends one application at a time and
 * retries it with the same idempotency key until it is acknowledged, moving to another site when
 * one does not answer — as a browser retrying after a 503, or an API client with a site list.
 */
import { dogTaxSubmission } from "../../support/api-submission";

export type Ack = { key: string; caseNumber: string; attempts: number; attemptStartedAt: number; ackedAt: number };
export type LoadResult = { acks: Ack[]; unacknowledged: string[]; retries: Record<string, number>; refusals: string[] };

const REQUEST_TIMEOUT_MS = 5000;
const RETRY_PAUSE_MS = 200;

export function startLoad(sites: () => string[], clients: number) {
  const acks: Ack[] = [];
  const unacknowledged: string[] = [];
  const refusals: string[] = [];
  const retries: Record<string, number> = {};
  let stopping = false;
  let giveUpAt = Infinity;
  const count = (why: string) => (retries[why] = (retries[why] ?? 0) + 1);

  async function client(index: number) {
    let rotation = index;
    while (!stopping) {
      const key = crypto.randomUUID();
      const body = dogTaxSubmission(key);
      for (let attempt = 1; ; attempt++) {
        if (Date.now() > giveUpAt) {
          unacknowledged.push(key);
          return;
        }
        const list = sites();
        const site = list[rotation % list.length]!;
        const attemptStartedAt = Date.now();
        try {
          const response = await fetch(`${site}/api/v1/submissions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          });
          const text = await response.text();
          if (response.status === 200 || response.status === 201) {
            acks.push({
              key,
              caseNumber: (JSON.parse(text) as { caseNumber: string }).caseNumber,
              attempts: attempt,
              attemptStartedAt,
              ackedAt: Date.now(),
            });
            break;
          }
          if (response.status >= 500) count(String(response.status));
          else {
            // A 4xx is a refusal the citizen would see: never expected here.
            refusals.push(`${response.status} ${text.slice(0, 200)}`);
            break;
          }
        } catch (error) {
          count((error as Error).name === "TimeoutError" ? "timeout" : "connection");
          rotation++;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }

  const running = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    acks,
    /** No new applications; those in flight are retried until acknowledged, for at most `graceMs`. */
    async stop(graceMs: number): Promise<LoadResult> {
      stopping = true;
      giveUpAt = Date.now() + graceMs;
      await running;
      return { acks, unacknowledged, retries, refusals };
    },
  };
}
