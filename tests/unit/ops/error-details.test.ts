import { describe, expect, it } from "vitest";
import { clientErrorStatus, errorDetails, isClientError, relativeStack } from "~/server/ops/error-details.server";
import { addressNetwork } from "~/server/staff/login-limits.server";

const root = "/srv/buergerportal";

function errorWithStack(message: string, stack: string[]): Error {
  const error = new Error(message);
  error.stack = [`Error: ${message}`, ...stack.map((line) => `    at ${line}`)].join("\n");
  return error;
}

describe("error details for the log", () => {
  it("names message and stack of a server error, with paths relative to the project", () => {
    const error = errorWithStack('relation "rate_limit_buckets" does not exist', [
      "hitRateLimit (file:///srv/buergerportal/build/index.js:120:7)",
      "async lookUpCase (/srv/buergerportal/build/index.js:300:15)",
      "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ]);
    const details = errorDetails(error, root);
    expect(details).toMatchObject({ errorName: "Error", errorMessage: 'relation "rate_limit_buckets" does not exist' });
    expect(details.stack).toBe(
      [
        "at hitRateLimit (build/index.js:120:7)",
        "at async lookUpCase (build/index.js:300:15)",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
      ].join("\n"),
    );
  });

  it("names the cause a wrapping error hides", () => {
    const error = new Error("Failed query: select 1", {
      cause: Object.assign(new Error("Connection terminated unexpectedly"), { code: "57P01" }),
    });
    expect(errorDetails(error, root).cause).toBe("Error: Connection terminated unexpectedly");
  });

  it("logs a client error without stack and without the message that repeats the client's input", () => {
    const malformedPath = new URIError("Failed to decode param '/%E0%A4%A'");
    expect(isClientError(malformedPath)).toBe(true);
    expect(clientErrorStatus(malformedPath)).toBe(400);
    expect(errorDetails(malformedPath, root)).toEqual({ errorName: "URIError", errorCode: undefined, status: 400 });

    const tooLarge = Object.assign(new Error("request entity too large: 12 MB of Max Mustermann"), { status: 413 });
    expect(clientErrorStatus(tooLarge)).toBe(413);
    expect(JSON.stringify(errorDetails(tooLarge, root))).not.toContain("Mustermann");
  });

  it("treats errors without a 4xx status as server errors", () => {
    expect(clientErrorStatus(new TypeError("x is undefined"))).toBeNull();
    expect(clientErrorStatus(Object.assign(new Error("bad gateway"), { status: 502 }))).toBeNull();
    expect(clientErrorStatus(Object.assign(new Error("odd"), { status: "400" }))).toBeNull();
  });

  it("keeps at most twelve frames", () => {
    const frames = Array.from({ length: 30 }, (_, i) => `f${i} (/srv/buergerportal/a.js:${i}:1)`);
    expect(relativeStack(errorWithStack("deep", frames), root).split("\n")).toHaveLength(12);
  });
});

describe("the address a login limit counts", () => {
  it("counts an IPv4 client by its address, also when written as IPv4-mapped IPv6", () => {
    expect(addressNetwork("198.51.100.7")).toBe("198.51.100.7");
    expect(addressNetwork("::ffff:198.51.100.7")).toBe("198.51.100.7");
  });

  it("counts an IPv6 client by its /64 network, which it can change addresses within at will", () => {
    expect(addressNetwork("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressNetwork("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressNetwork("2001:db8:1:3::1")).not.toBe(addressNetwork("2001:db8:1:2::1"));
  });

  it("keeps anything else as it is", () => {
    expect(addressNetwork("unknown")).toBe("unknown");
  });
});
