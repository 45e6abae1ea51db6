import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/** The e-mails to `address` among the .eml files the portal wrote to `mailDir` (no SMTP_URL), parsed. */
export async function mailsTo(mailDir: string, address: string): Promise<ParsedMail[]> {
  const mails = await Promise.all(readdirSync(mailDir).map((file) => simpleParser(readFileSync(join(mailDir, file)))));
  return mails.filter((mail) => [mail.to ?? []].flat().some((to) => to.text === address));
}
