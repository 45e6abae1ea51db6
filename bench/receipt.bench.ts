/**
 * Benchmark: a receipt of 60 label/value lines with the embedded Unicode font.
 * Run directly with `npx tsx bench/receipt.bench.ts`, or import and call `run()`.
 * 57 answer rows + 3 step headings = 60 label/value lines; with the header, the attachment and the
 * notes they fill three A4 pages (the printed page count says so).
 * Target: median ≤ 10 ms on the 2-core CI machine.
 */
import { pathToFileURL } from "node:url";
import { renderReceipt, type ReceiptInput } from "../app/server/receipt/render-receipt.server";

export interface ReceiptBenchResult {
  name: string;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  receiptsPerSecond: number;
  bytes: number;
  pages: number;
}

export function benchReceiptInput(): ReceiptInput {
  const rows = Array.from({ length: 57 }, (_, i) => ({
    label: i === 0 ? "Name" : `Angabe ${i + 1}`,
    value: i === 0 ? "Łukasz Nowak-Ščerba" : `Antwort ${i + 1} – Straße ${i}, 50667 Köln`,
  }));
  return {
    authority: {
      name: "Stadt Köln – Bürgeramt",
      street: "Willy-Brandt-Platz 2",
      postalCode: "50679",
      city: "Köln",
      email: "buergeramt@stadt-koeln.de",
    },
    caseNumber: "VGKOE-2026-000042",
    receivedAt: new Date("2026-11-25T13:03:00Z"),
    service: { title: "Anmeldung einer Wohnung", leikaKey: "99115001001000", version: 2 },
    sections: [
      { title: "Schritt 1: Person", rows: rows.slice(0, 20) },
      { title: "Schritt 2: Wohnung", rows: rows.slice(20, 40) },
      { title: "Schritt 3: Weitere Personen", rows: rows.slice(40, 57) },
    ],
    attachments: [
      {
        name: "Wohnungsgeberbestaetigung.pdf",
        size: 1_258_291,
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      },
    ],
    dataHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    statusUrl: "https://buergerportal.example.de/status",
    operator: {
      name: "Kommunale Informations- und Datendienste Sömmerda",
      imprintUrl: "https://buergerportal.example.de/impressum?gemeinde=rastenberg",
    },
  };
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function run(iterations = 300, warmup = 50): Promise<ReceiptBenchResult> {
  const input = benchReceiptInput();
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < warmup; i++) pdf = await renderReceipt(input);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await renderReceipt(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  const result: ReceiptBenchResult = {
    name: "receipt: 60 lines, Unicode font",
    iterations,
    medianMs: Math.round(quantile(times, 0.5) * 100) / 100,
    p95Ms: Math.round(quantile(times, 0.95) * 100) / 100,
    receiptsPerSecond: Math.round((iterations / total) * 1000),
    bytes: pdf.length,
    pages:
      Buffer.from(pdf)
        .toString("latin1")
        .match(/\/Type ?\/Page\b(?!s)/g)?.length ?? 0,
  };
  console.log(
    `${result.name}: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, ${result.receiptsPerSecond} receipts/s, ${result.bytes} bytes, ${result.pages} pages`,
  );
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
