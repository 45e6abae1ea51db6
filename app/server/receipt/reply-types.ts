import type { ReceiptInput } from "./types";

/** Everything the receipt of a reply to a Rückfrage shows (ADR 033). All strings are untrusted. */
export type ReplyReceiptInput = Pick<ReceiptInput, "authority" | "caseNumber" | "operator" | "lang"> & {
  /** When the reply arrived; printed in Europe/Berlin and the PDF's creation date. */
  sentAt: Date;
  serviceTitle: string;
  /** The reply's text as sent (may be empty when only files were sent). */
  message: string;
  files: ReceiptInput["attachments"];
  /** SHA-256 (hex) of the canonical JSON of case number, text and files. */
  sha256: string;
};
