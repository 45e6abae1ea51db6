import { describe, expect, it } from "vitest";
import { cspNonce } from "../../../server/http-policy.js";

describe("CSP nonces", () => {
  it("are 16 bytes in base64, and none repeats across several draws from the random source", () => {
    const nonces = Array.from({ length: 1_000 }, () => cspNonce());
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(nonces.every((nonce) => /^[A-Za-z0-9+/]{22}==$/.test(nonce))).toBe(true);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
