import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * A fresh folder the portal writes its e-mails to as .eml files, as the demo does: sets MAIL_DIR
 * and clears SMTP_URL. Call it before the portal's modules are imported, which read both.
 */
export function useMailFolder(prefix: string): string {
  const mailDir = mkdtempSync(join(tmpdir(), prefix));
  process.env.MAIL_DIR = mailDir;
  delete process.env.SMTP_URL;
  return mailDir;
}

/** The e-mails to `address` among the .eml files the portal wrote to `mailDir` (no SMTP_URL), parsed. */
export async function mailsTo(mailDir: string, address: string): Promise<ParsedMail[]> {
  const mails = await Promise.all(readdirSync(mailDir).map((file) => simpleParser(readFileSync(join(mailDir, file)))));
  return mails.filter((mail) => [mail.to ?? []].flat().some((to) => to.text === address));
}
