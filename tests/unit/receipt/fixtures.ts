import type { ReceiptInput } from "~/server/receipt/render-receipt.server";

export const LONG_VALUE =
  "Begründung: " +
  Array.from({ length: 700 }, (_, i) => `Satz${i} mit Umlauten äöü`)
    .join(" ")
    .slice(0, 9_000) +
  " https://example.org/" +
  "sehr-lange-url-ohne-leerzeichen/".repeat(40);

/** A realistic receipt with ≥ 60 answer rows, a repeating group, a 10k-character value and a Polish/Czech name. */
export function sampleReceipt(overrides: Partial<ReceiptInput> = {}): ReceiptInput {
  const personal = [
    { label: "Vorname", value: "Łukasz" },
    { label: "Nachname", value: "Nowak-Ščerba" },
    { label: "Vollständiger Name", value: "Łukasz Nowak-Ščerba" },
    { label: "Geburtsdatum", value: "03.04.1987" },
    { label: "Staatsangehörigkeit", value: "polnisch" },
    { label: "Anschrift", value: "Aachener Straße 1\n50674 Köln" },
  ];
  const children = Array.from({ length: 4 }, (_, i) => [
    { label: `Kind ${i + 1} – Vorname`, value: ["Zoë", "Jürgen", "Αλέξανδρος", "Дмитрий"][i] },
    { label: `Kind ${i + 1} – Geburtsdatum`, value: `0${i + 1}.02.201${i}` },
    { label: `Kind ${i + 1} – Betreuungsumfang`, value: `${25 + i * 5} Stunden pro Woche` },
  ]).flat();
  const details = Array.from({ length: 44 }, (_, i) => ({
    label: `Frage ${i + 1}: Angabe zu Punkt ${i + 1}`,
    value:
      i % 7 === 3
        ? `Antwort ${i + 1} mit etwas längerem Text, der in der Wertespalte umbrochen werden muss, weil er breiter ist als die Spalte.`
        : `Antwort ${i + 1}`,
  }));
  return {
    authority: {
      name: "Stadt Köln – Amt für Kinder, Jugend und Familie",
      street: "Ottmar-Pohl-Platz 1",
      postalCode: "51103",
      city: "Köln",
      email: "kita@stadt-koeln.de",
      phone: "0221 221-0",
    },
    caseNumber: "VGKOE-2026-000042",
    receivedAt: new Date("2026-11-25T13:03:27Z"),
    service: { title: "Antrag auf einen Betreuungsplatz in einer Kindertageseinrichtung", leikaKey: "99012003001000", version: 3 },
    sections: [
      { title: "Schritt 1: Angaben zur antragstellenden Person", rows: personal },
      { title: "Schritt 2: Kinder (wiederholbare Gruppe)", rows: children },
      { title: "Schritt 3: Weitere Angaben", rows: details },
      { title: "Schritt 4: Begründung", rows: [{ label: "Begründung des Antrags", value: LONG_VALUE }] },
    ],
    attachments: [
      { name: "Geburtsurkunde_Kind_1.pdf", size: 1_258_291, sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
      { name: "Arbeitgeberbescheinigung.jpg", size: 523_000, sha256: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752" },
    ],
    dataHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    statusUrl: "https://buergerportal.example.de/status",
    operator: {
      name: "Kommunale Informations- und Datendienste Sömmerda",
      imprintUrl: "https://buergerportal.example.de/impressum?gemeinde=rastenberg",
    },
    ...overrides,
  };
}
