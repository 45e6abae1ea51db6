import type { ReceiptLanguage } from "./i18n";

/** Everything a receipt (Eingangsbestätigung) shows. All strings are untrusted user or form data. */
export type ReceiptInput = {
  authority: {
    name: string;
    street?: string | null;
    postalCode?: string | null;
    city?: string | null;
    email?: string | null;
    phone?: string | null;
  };
  /** e.g. "VGKOE-2026-000042" */
  caseNumber: string;
  /** Printed in Europe/Berlin; also the PDF creation date. */
  receivedAt: Date;
  service: { title: string; leikaKey?: string | null; version: number };
  /** Answers grouped by form step; repeating-group items come as rows of their own. Values may be long or multi-line. */
  sections: Array<{ title: string; rows: Array<{ label: string; value: string }> }>;
  attachments: Array<{ name: string; size: number; sha256: string }>;
  /** SHA-256 (hex) of the canonical submitted data. */
  dataHash: string;
  /** Where the status can be checked with case number and access code. */
  statusUrl: string;
  /** Who runs the portal for the municipality (ADR 023), and where its Impressum is. */
  operator: { name: string; imprintUrl: string };
  lang?: ReceiptLanguage;
};
