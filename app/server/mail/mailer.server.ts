import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env.server";

export type Mail = { to: string; subject: string; text: string };

/**
 * How the portal talks to the relay, unless SMTP_URL's query sets a setting itself: a few
 * connections that each carry many messages. A burst of submissions sends two mails for each; a
 * connection per mail would pay the TCP (and TLS) handshake and the SMTP greeting every time, and
 * look like a flood to the relay. A connection idle for the socket timeout is closed and opened
 * again for the next message. (Nodemailer reads transport settings from the URL's query or an
 * options object, never from the second argument beside a URL: that is the messages' defaults.)
 */
const SMTP_SETTINGS = {
  pool: true,
  maxConnections: 4,
  maxMessages: 100,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
};

function transportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_SETTINGS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

let transport: Transporter | undefined;

/**
 * Sends over SMTP_URL; without it, each message is written as an .eml file to MAIL_DIR
 * (the demo and the tests read them there).
 */
export async function sendMail(mail: Mail, id: string): Promise<void> {
  const { smtpUrl, mailDir, mailFrom } = env();
  transport ??= smtpUrl
    ? nodemailer.createTransport(transportUrl(smtpUrl))
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

/** Ends the pooled connections (on shutdown); the next message opens new ones. */
export function closeMailTransport(): void {
  transport?.close();
  transport = undefined;
}
