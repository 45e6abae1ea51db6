/**
 * Submissions to one authority take turns for its case-number counter (ADR 004, ADR 048). The
 * counter row stays locked from a submission's number until its commit is flushed, so statements
 * for one authority run one after another in PostgreSQL whatever their number. Beyond a few at
 * once they only wait in its lock queue: each waiter is a backend that wakes and sleeps again, and
 * a holder that loses its core keeps every other one waiting. Here they wait in order instead,
 * at no cost. Submissions to different authorities never wait for each other.
 */

/** Statements of this process for one authority in the database at once. */
export const COUNTER_TURNS_AT_ONCE = 3;

type Turns = { running: number; waiting: Array<() => void> };
const turnsByAuthority = new Map<string, Turns>();

/** Runs `work` once fewer than COUNTER_TURNS_AT_ONCE statements of this process for the authority are running, in order of arrival. */
export async function inCounterTurn<T>(authorityId: string, work: () => Promise<T>): Promise<T> {
  let turns = turnsByAuthority.get(authorityId);
  if (!turns) {
    turns = { running: 0, waiting: [] };
    turnsByAuthority.set(authorityId, turns);
  }
  if (turns.running < COUNTER_TURNS_AT_ONCE) turns.running++;
  else await new Promise<void>((resolve) => turns.waiting.push(resolve));
  try {
    return await work();
  } finally {
    // A finished turn passes straight to the next in line; the last one out forgets the authority.
    const next = turns.waiting.shift();
    if (next) next();
    else if (--turns.running === 0) turnsByAuthority.delete(authorityId);
  }
}

/** Authorities with a statement running or waiting in this process. */
export function authoritiesInTurn(): number {
  return turnsByAuthority.size;
}
