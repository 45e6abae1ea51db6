/**
 * A browser for in-process tests of the portal's route modules: it keeps cookies, sends them
 * with each request (and an Origin on posts, as a browser does), and takes the Set-Cookie of
 * each answer. A citizen is signed in by opening a real session (openCitizenSession) and
 * keeping its token as the bp_citizen cookie: the login protocols themselves are tested apart.
 */
import type { CitizenIdentity } from "~/server/citizen-account/identity";
import { openCitizenSession } from "~/server/citizen-account/sessions.server";

export const ORIGIN = "http://portal.test";

export class SignedInBrowser {
  readonly cookies = new Map<string, string>();
  accountId = "";

  async signIn(identity: CitizenIdentity): Promise<this> {
    const { token, accountId } = await openCitizenSession(identity);
    this.cookies.set("bp_citizen", token);
    this.accountId = accountId;
    return this;
  }

  request(path: string, init: { method?: string; body?: FormData | URLSearchParams } = {}): Request {
    const headers = new Headers();
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (init.method && init.method !== "GET") headers.set("Origin", ORIGIN);
    return new Request(new URL(path, ORIGIN), { method: init.method ?? "GET", headers, body: init.body });
  }

  post(path: string, body: FormData | URLSearchParams = new URLSearchParams()): Request {
    return this.request(path, { method: "POST", body });
  }

  /** Runs a loader or action; a thrown Response is the answer too. Keeps the answer's cookies. */
  async answer<T>(run: () => T | Promise<T>): Promise<T | Response> {
    let result: T | Response;
    try {
      result = await run();
    } catch (error) {
      if (!(error instanceof Response)) throw error;
      result = error;
    }
    const headers =
      result instanceof Response ? result.headers : ((result as { init?: ResponseInit | null })?.init?.headers as HeadersInit | undefined);
    for (const cookie of new Headers(headers ?? {}).getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return result;
  }
}

/** The status of a route's answer: a Response's, a `data(…, init)`'s, or 200. */
export function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  const init = (result as { init?: ResponseInit | null } | null)?.init;
  return init?.status ?? 200;
}

/** The payload of `data(…)` or a plain loader object. */
export function payloadOf<T>(result: unknown): T {
  const value = result as { type?: string; data?: unknown };
  return (value?.type === "DataWithResponseInit" ? value.data : value) as T;
}
