import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool/index.js";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { env } from "../env.server";
import { describeError, log } from "../logger.server";

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
  // A relay that closes connections before its greeting fails the message after one more try,
  // to be retried by the outbox with back-off, rather than being reconnected to for ever.
  maxRequeues: 1,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
};

type SocketOptions = { host?: string; port?: number; secure?: boolean; connectionTimeout?: number };

/**
 * The connection to the relay, with Nagle's algorithm off. Nodemailer ends a message with a
 * small write of its own ("\r\n.\r\n") right after the body; with Nagle on, that write waits
 * for the relay's delayed acknowledgement of the body, some 40 ms a message on Linux, which held
 * four connections to about 80 messages/s. Nodemailer opens no socket itself when it is given a
 * connected one, and still starts TLS on it for smtps:// and STARTTLS.
 */
function relaySocket(options: SocketOptions, callback: (error: Error | null, socket?: { connection: Socket }) => void): void {
  const port = options.port ?? (options.secure ? 465 : 587);
  const socket = connect({ host: options.host ?? "localhost", port, noDelay: true, keepAlive: true });
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    // Nodemailer sets its own socket timeout and error handling on the connection from here on.
    socket.removeListener("timeout", onTimeout).removeListener("error", settle).removeListener("connect", onConnect);
    socket.setTimeout(0);
    if (error) socket.destroy();
    callback(error, error ? undefined : { connection: socket });
  };
  const onTimeout = () => settle(new Error("SMTP connection timeout"));
  const onConnect = () => settle(null);
  socket.setTimeout(options.connectionTimeout ?? SMTP_SETTINGS.connectionTimeout, onTimeout);
  socket.once("error", settle);
  socket.once("connect", onConnect);
}

function relayTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_SETTINGS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  // The URL's settings are read by the transport itself; the socket is ours.
  const options = { url: url.toString(), getSocket: relaySocket };
  const transport = nodemailer.createTransport(
    url.searchParams.get("pool") === "false" ? new SMTPTransport(options) : new SMTPPool({ ...options, pool: true }),
  );
  // A failed message rejects its own send. Should the transport report an error beside one, it is
  // logged: an unheard "error" event would end the process.
  transport.on("error", (error) => log.warn("mail transport error", describeError(error)));
  return transport;
}

let transport: Transporter | undefined;

/** The sender's domain, which Message-IDs end in, as nodemailer's own do. */
function domainOf(from: string): string {
  const address = /<([^>]*)>/.exec(from)?.[1] ?? from;
  return address.split("@").pop()!.trim() || "localhost";
}

/**
 * Sends over SMTP_URL; without it, each message is written as an .eml file to MAIL_DIR
 * (the demo and the tests read them there). `messageKey` names the message: the same key gives
 * the same Message-ID, so a message sent again after a failed attempt is known as the same one.
 */
export async function sendMail(mail: Mail, messageKey: string): Promise<void> {
  const { smtpUrl, mailDir, mailFrom } = env();
  transport ??= smtpUrl ? relayTransport(smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  // Hashed: the key's entry numbers would tell how much mail the portal sends.
  const digest = createHash("sha256").update(messageKey).digest("hex").slice(0, 32);
  const info = await transport.sendMail({
    from: mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: `<${digest}@${domainOf(mailFrom)}>`,
  });
  if (!smtpUrl) writeMailFile(mailDir, `${Date.now()}-${digest}.eml`, (info as unknown as { message: Buffer }).message);
}

/**
 * Written synchronously: a message of a few kilobytes lands in the page cache in some 20 µs of
 * CPU, where the promise-based write (open, write and close on the thread pool) took about
 * 110 µs, which a burst of submissions paid twice per case in the worker. The folder is made
 * when the first message finds it missing, not checked for every message.
 */
function writeMailFile(mailDir: string, name: string, message: Buffer): void {
  const file = join(mailDir, name);
  try {
    writeFileSync(file, message);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(mailDir, { recursive: true });
    writeFileSync(file, message);
  }
}

/** Ends the pooled connections (on shutdown); the next message opens new ones. */
export function closeMailTransport(): void {
  transport?.close();
  transport = undefined;
}
