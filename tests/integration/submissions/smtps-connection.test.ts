import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../../support/smtp-sink";

// A relay that speaks TLS from the first byte, with a certificate made for this test.
const folder = mkdtempSync(join(tmpdir(), "bp-smtps-"));
execFileSync(
  "openssl",
  [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-subj",
    "/CN=127.0.0.1",
    "-days",
    "1",
    "-keyout",
    join(folder, "key.pem"),
    "-out",
    join(folder, "cert.pem"),
  ],
  { stdio: "ignore" },
);
const relay = await startSmtpSink({
  key: readFileSync(join(folder, "key.pem"), "utf8"),
  cert: readFileSync(join(folder, "cert.pem"), "utf8"),
});
process.env.SMTP_URL = `${relay.url}?tls.rejectUnauthorized=false`;
const { closeMailTransport, sendMail } = await import("~/server/mail/mailer.server");

describe("a relay reached over smtps://", () => {
  afterAll(async () => {
    closeMailTransport();
    await relay.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("gets the message over TLS on the portal's own connection", async () => {
    await sendMail({ to: "person@example.org", subject: "Eingangsbestätigung", text: "Guten Tag." }, "1");
    expect(relay.received.map((mail) => mail.to)).toEqual([["person@example.org"]]);
    expect(relay.received[0]!.raw).toContain("Guten Tag.");
  });
});
