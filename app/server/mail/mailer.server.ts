import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env.server";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/**
 * Sends over SMTP_URL; without it, each message is written as an .eml file to MAIL_DIR
 * (the demo and the tests read them there).
 */
export async function sendMail(mail: Mail, id: string): Promise<void> {
  const { smtpUrl, mailDir, mailFrom } = env();
  transport ??= smtpUrl
    ? nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail({ from: mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
  if (!smtpUrl) {
    await mkdir(mailDir, { recursive: true });
    await writeFile(join(mailDir, `${Date.now()}-${id}.eml`), (info as unknown as { message: Buffer }).message);
  }
}

/** For tests that switch SMTP_URL between runs. */
export function resetMailTransport(): void {
  transport = undefined;
}
