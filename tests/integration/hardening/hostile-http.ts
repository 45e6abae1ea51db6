/**
 * Sends a hostile request exactly as written: any method (TRACE, QUERY), any Host, a raw path,
 * a raw body — things fetch() refuses to send. A raw request line goes over a bare socket.
 */
import { request as httpRequest } from "node:http";
import { connect } from "node:net";

export type HostileRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Bytes sent as they are, instead of a request built from the fields above. */
  raw?: string;
};

export type HostileAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function send(baseUrl: string, spec: HostileRequest): Promise<HostileAnswer> {
  const { hostname, port } = new URL(baseUrl);
  if (spec.raw !== undefined) return sendRaw(hostname, Number(port), spec.raw);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `${hostname}:${port}`, Connection: "close", ...spec.headers };
    if (spec.body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(spec.body));
    const req = httpRequest({ host: hostname, port, method: spec.method, path: spec.path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(spec.body);
  });
}

function sendRaw(host: string, port: number, raw: string): Promise<HostileAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.end(raw));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const [head, ...rest] = text.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.split("\r\n").slice(1)) {
        const index = line.indexOf(":");
        if (index > 0) headers[line.slice(0, index).toLowerCase()] = line.slice(index + 1).trim();
      }
      resolve({ status, headers, body: rest.join("\r\n\r\n") });
    });
  });
}

/** The problems of an answer a person could not act on; empty when it is a good refusal. */
export function answerProblems(answer: HostileAnswer, expected: number | "4xx", isApi: boolean, method: string): string[] {
  const problems: string[] = [];
  const statusOk = expected === "4xx" ? answer.status >= 400 && answer.status < 500 : answer.status === expected;
  if (!statusOk) problems.push(`status ${answer.status}, expected ${expected}`);
  if (/node_modules|file:\/\/|\n\s+at [\w.<>]+ \(|\/build\/index\.js/.test(answer.body) || answer.body.includes(process.cwd())) {
    problems.push("the body leaks a stack trace or a server path");
  }
  if (answer.status === 405 || (method === "OPTIONS" && answer.status === 204)) {
    const allow = String(answer.headers.allow ?? "");
    if (!allow) problems.push("no Allow header");
    else if (answer.status === 405 && allow.split(/,\s*/).includes(method)) problems.push(`Allow names the refused ${method}`);
  }
  if (answer.status === 204 || answer.status < 400) return problems;
  const contentType = String(answer.headers["content-type"] ?? "");
  if (isApi) {
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = JSON.parse(answer.body).error;
    } catch {
      // reported below
    }
    if (
      !contentType.includes("json") ||
      typeof error?.code !== "string" ||
      typeof error.message !== "string" ||
      error.message.length < 10
    ) {
      problems.push(`not the documented {error:{code,message}}: ${answer.body.slice(0, 120)}`);
    }
  } else {
    const text = answer.body
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    // The refusal says what was wrong: not the portal's text for an unexpected error.
    if (
      !/html|text\/plain|json/.test(contentType) ||
      !/\b(Bitte|nicht|Die|Diese|Sie)\b/.test(text) ||
      /Unexpected Server Error|unerwarteter Fehler/.test(text)
    ) {
      problems.push(`no German message: ${text.slice(0, 120)}`);
    }
  }
  return problems;
}
