/**
 * Submissions to one authority take turns for its case-number counter (ADR 004, ADR 048). The
 * counter row stays locked from a submission's number until its commit is flushed, so statements
 * for one authority run one after another in PostgreSQL whatever their number. Beyond a few at
 * once they only wait in its lock queue: each waiter is a backend that wakes and sleeps again, and
 * a holder that loses its core keeps every other one waiting. Here they wait in order instead,
 * at no cost. Submissions to different authorities, or to another database (as in the tests),
 * never wait for each other.
 *
 * Those that wait for a turn share the next one (ADR 053): one statement stores them all, with
 * one lock of the counter and one commit, instead of one after another.
 */

/** Statements of this process for one authority in the database at once. */
export const COUNTER_TURNS_AT_ONCE = 3;
/** The most submissions one statement stores. */
export const SUBMISSIONS_PER_TURN = 32;

type Waiting<Item, Result> = {
  item: Item;
  /** Items of equal key may share a statement; null: this item is stored alone. */
  batchKey: string | null;
  store: (items: Item[]) => Promise<Result[]>;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
};

/** An authority's case-number counter in one database: the database handle and the authority. */
export type Counter = { database: object; authorityId: string };

// Any: one queue holds the items of every caller; each batch is stored by its first item's `store`.
type Turns = { running: number; waiting: Array<Waiting<any, any>>; forget: () => void }; // eslint-disable-line @typescript-eslint/no-explicit-any
const turnsByDatabase = new WeakMap<object, Map<string, Turns>>();
let countersWithTurns = 0;

/**
 * Stores `item` with `store` once fewer than COUNTER_TURNS_AT_ONCE statements of this process for
 * the counter are running, in order of arrival. The items waiting right behind it with the same
 * batch key go along in the same call; `store` answers each item's result in their order.
 */
export function inCounterTurn<Item, Result>(
  counter: Counter,
  item: Item,
  batchKey: string | null,
  store: (items: Item[]) => Promise<Result[]>,
): Promise<Result> {
  const turns = turnsFor(counter);
  return new Promise<Result>((resolve, reject) => {
    turns.waiting.push({ item, batchKey, store, resolve, reject });
    if (turns.running < COUNTER_TURNS_AT_ONCE) takeTurn(turns);
  });
}

/** The counter's queue, made when its first submission comes; it forgets itself when its last statement ends. */
function turnsFor({ database, authorityId }: Counter): Turns {
  let byAuthority = turnsByDatabase.get(database);
  if (!byAuthority) {
    byAuthority = new Map();
    turnsByDatabase.set(database, byAuthority);
  }
  const existing = byAuthority.get(authorityId);
  if (existing) return existing;
  const forget = () => {
    byAuthority.delete(authorityId);
    countersWithTurns--;
  };
  const turns: Turns = { running: 0, waiting: [], forget };
  byAuthority.set(authorityId, turns);
  countersWithTurns++;
  return turns;
}

/** Starts the next batch in line; the last one out forgets the counter. */
function takeTurn(turns: Turns): void {
  const first = turns.waiting.shift();
  if (!first) {
    if (turns.running === 0) turns.forget();
    return;
  }
  const batch = [first];
  while (first.batchKey !== null && batch.length < SUBMISSIONS_PER_TURN && turns.waiting[0]?.batchKey === first.batchKey) {
    batch.push(turns.waiting.shift()!);
  }
  turns.running++;
  // A finished turn, also a failed one, passes straight to the next in line.
  const passOn = () => {
    turns.running--;
    takeTurn(turns);
  };
  new Promise<unknown[]>((resolve) => resolve(first.store(batch.map((waiting) => waiting.item))))
    .then(
      (results) => batch.forEach((waiting, i) => waiting.resolve(results[i])),
      (error: unknown) => batch.forEach((waiting) => waiting.reject(error)),
    )
    .finally(passOn);
}

/** Counters with a statement running or waiting in this process. */
export function countersInTurn(): number {
  return countersWithTurns;
}

/** Items waiting for a turn at the counter, not counting those whose statement runs. */
export function waitingForTurn(counter: Counter): number {
  return turnsByDatabase.get(counter.database)?.get(counter.authorityId)?.waiting.length ?? 0;
}
