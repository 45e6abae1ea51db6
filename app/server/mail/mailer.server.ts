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
    const file = join(mailDir, `${Date.now()}-${id}.eml`);
    const message = (info as unknown as { message: Buffer }).message;
    // The folder is made when the first message finds it missing, not checked for every message.
    await writeFile(file, message).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
      await mkdir(mailDir, { recursive: true });
      await writeFile(file, message);
    });
  }
}

/** For tests that switch SMTP_URL between runs. */
export function resetMailTransport(): void {
  transport = undefined;
}
