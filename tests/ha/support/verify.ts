/** What must hold after a failover: every acknowledged submission stored exactly once, numbers without gaps, every receipt made. */
import pg from "pg";
import type { Ack } from "./load";

export type Verdict = { lost: string[]; wrongNumber: string[]; unacknowledgedRows: number; gaps: string[]; cases: number };

type Row = { idempotency_key: string; case_number: string };

export async function verifyCases(url: string, acks: Ack[]): Promise<Verdict> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query<Row>("select idempotency_key, case_number from cases")).rows;
    const byKey = new Map(rows.map((row) => [row.idempotency_key, row.case_number]));
    const acked = new Set(acks.map((ack) => ack.key));
    const lost = acks.filter((ack) => !byKey.has(ack.key)).map((ack) => ack.caseNumber);
    const wrongNumber = acks.filter((ack) => byKey.has(ack.key) && byKey.get(ack.key) !== ack.caseNumber).map((ack) => ack.key);
    const unacknowledgedRows = rows.filter((row) => !acked.has(row.idempotency_key)).length;

    const series = new Map<string, number[]>();
    for (const { case_number: number } of rows) {
      const match = /^(.*-\d{4})-(\d+)$/.exec(number);
      if (!match) throw new Error(`unexpected case number ${number}`);
      series.set(match[1]!, [...(series.get(match[1]!) ?? []), Number(match[2])]);
    }
    const gaps: string[] = [];
    for (const [prefix, numbers] of series) {
      numbers.sort((a, b) => a - b);
      numbers.forEach((n, i) => {
        if (n !== i + 1) gaps.push(`${prefix}: expected ${i + 1}, found ${n}`);
      });
    }
    return { lost, wrongNumber, unacknowledgedRows, gaps: gaps.slice(0, 10), cases: rows.length };
  } finally {
    await client.end();
  }
}

export async function casesWithoutReceipt(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>("select count(*)::int as n from cases where receipt_pdf is null")).rows[0]!.n;
  } finally {
    await client.end();
  }
}
