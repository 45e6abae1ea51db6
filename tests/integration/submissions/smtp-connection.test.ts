import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../../support/smtp-sink";

// One connection, so that every message waits for the one before it.
const relay = await startSmtpSink();
process.env.SMTP_URL = `${relay.url}?maxConnections=1`;
const { closeMailTransport, sendMail } = await import("~/server/mail/mailer.server");

const MESSAGES = 30;

describe("a connection to the relay", () => {
  afterAll(async () => {
    closeMailTransport();
    await relay.close();
  });

  it("carries a message in a few milliseconds, not in a delayed acknowledgement's 40", async () => {
    await sendMail({ to: "warm-up@example.org", subject: "Probe", text: "Guten Tag." }, "0");
    const started = performance.now();
    for (let i = 1; i <= MESSAGES; i++) {
      await sendMail({ to: `person-${i}@example.org`, subject: `Nachricht ${i}`, text: "Guten Tag.\n".repeat(300) }, `${i}`);
    }
    const perMessage = (performance.now() - started) / MESSAGES;
    expect(relay.received.length).toBe(MESSAGES + 1);
    expect(relay.connections()).toBe(1);
    // With Nagle's algorithm on, the end of each message waits for the relay's delayed ACK (≥ 40 ms).
    expect(perMessage, `${perMessage.toFixed(1)} ms a message`).toBeLessThan(20);
  });
});
