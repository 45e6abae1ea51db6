/**
 * The error page in German and English when a request fails for real: the table behind the
 * access-code rate limit is gone, so the actions of /status and /fortsetzen throw. A failed action
 * leaves the page without the root loader's data (Remix runs no loader above the error boundary),
 * which is where the frame and the error page used to show raw message keys. The API's access-code
 * check uses the same table, so its 500 answer is checked in both languages too.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de, en } from "~/lib/i18n/dictionary";
import { translate } from "~/lib/i18n/translate";
import { db } from "~/server/db.server";
import { startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

const titlesOf = (html: string) => [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]);

const groups = new Set(Object.keys(de).map((key) => key.slice(0, key.indexOf("."))));

/** Words that look like a catalogue key ("frame.tagline") in the page's text, title or attributes. */
function rawKeys(html: string): string[] {
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/g, "");
  const attributes = [...withoutScripts.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((match) => match[1]);
  const shown = [textOf(html), ...attributes].join("\n");
  return (shown.match(/\b[a-z]+\.[a-zA-Z.]+\b/g) ?? []).filter((word) => groups.has(word.slice(0, word.indexOf("."))));
}

const texts = { de, en } as const;

describe.each(databaseKinds())("error page language on %s", (kind) => {
  let portal: StaffServer<null>;

  beforeAll(async () => {
    portal = await startStaffServer(kind, async () => {
      await (await db()).execute(sql`alter table rate_limit_buckets rename to rate_limit_buckets_lost`);
      return null;
    });
  }, 120_000);
  afterAll(async () => {
    await portal?.stop();
  });

  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    fetch(`${portal.server.baseUrl}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        Origin: portal.server.baseUrl,
        "Content-Type": "application/x-www-form-urlencoded",
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });

  const failingActions = [
    ["/status", { vorgangsnummer: "VGKOE-2026-000001", zugangscode: "ABCD-EFGH-JKLM" }],
    ["/fortsetzen", { code: "ABCD-EFGH-JKLM" }],
  ] as const;

  describe.each(["de", "en"] as const)("in %s", (lang) => {
    const cookie = lang === "en" ? "bp_sprache=en" : undefined;
    const t = texts[lang];

    it.each(failingActions)("a failing action on %s shows the 500 page with real text", async (path, fields) => {
      const response = await post(path, fields, cookie);
      expect(response.status).toBe(500);
      const html = await response.text();
      const text = textOf(html);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(titlesOf(html)).toEqual([`${t["error.unexpectedTitle"]} – Bürgerportal`]);
      expect(text).toContain(t["error.unexpectedTitle"]);
      expect(text).toContain(t["error.unexpectedText"]);
      expect(text).toContain(t["error.status"].replace("{status}", "500"));
      expect(text).toMatch(new RegExp(t["error.requestId"].replace("{requestId}", "[0-9a-f-]{36}")));
      expect(text).toContain(t["error.home"]);
      expect(text).toContain(t["frame.skipLink"]);
      expect(text).toContain(t["frame.tagline"]);
      expect(text).toContain(t["frame.footer"]);
      expect(rawKeys(html)).toEqual([]);
      // The other language does not leak in.
      const other = texts[lang === "de" ? "en" : "de"];
      expect(text).not.toContain(other["error.unexpectedTitle"]);
      expect(text).not.toContain(other["frame.tagline"]);
    });

    it.each(["/", "/status", "/rastenberg/hundesteuer-anmeldung"])("%s has its own title and no other", async (path) => {
      const response = await fetch(`${portal.server.baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
      expect(response.status).toBe(200);
      const titles = titlesOf(await response.text());
      expect(titles).toHaveLength(1);
      expect(titles[0]).toMatch(/ – Bürgerportal$/);
      expect(titles[0]).not.toContain(t["error.unexpectedTitle"]);
    });

    it("a page that does not exist shows the 404 page with real text", async () => {
      const response = await fetch(`${portal.server.baseUrl}/gibt-es-nicht/auch-nicht/wirklich-nicht`, {
        headers: cookie ? { Cookie: cookie } : {},
      });
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(titlesOf(html)).toEqual([`${t["error.notFoundTitle"]} – Bürgerportal`]);
      expect(textOf(html)).toContain(t["error.notFoundTitle"]);
      expect(textOf(html)).toContain(t["frame.tagline"]);
      expect(rawKeys(html)).toEqual([]);
    });

    it("a page's form sent as JSON is refused with 415 in the page's language", async () => {
      const response = await fetch(`${portal.server.baseUrl}/status`, {
        method: "POST",
        headers: { Origin: portal.server.baseUrl, "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
        body: "{}",
      });
      expect(response.status).toBe(415);
      const html = await response.text();
      expect(textOf(html)).toContain(t["refusal.notAForm"]);
      expect(rawKeys(html)).toEqual([]);
    });

    it.each([
      ["a method the page does not take", "DELETE", "/status", 405, "edge.methodNotAllowed", "edge.methodNotAllowedTitle"],
      [
        "a post to an address no route serves",
        "POST",
        "/gibt-es-nicht/auch-nicht/wirklich-nicht",
        404,
        "edge.addressUnknown",
        "error.notFoundTitle",
      ],
    ] as const)("%s is answered in front of Remix in the page's language", async (_name, method, path, status, key, title) => {
      const response = await fetch(`${portal.server.baseUrl}${path}`, {
        method,
        headers: { Origin: portal.server.baseUrl, ...(cookie ? { Cookie: cookie } : {}) },
      });
      expect(response.status).toBe(status);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`<title>${t[title]} – Bürgerportal</title>`);
      expect(textOf(html)).toContain(translate(lang, key, { method: "DELETE", allowed: { list: ["GET", "HEAD", "POST", "OPTIONS"] } }));
      expect(rawKeys(html)).toEqual([]);
    });
  });

  it.each([
    [null, "de"],
    ["en", "en"],
  ] as const)("a failing API request with Accept-Language %s answers 500 in its language", async (acceptLanguage, lang) => {
    const response = await fetch(`${portal.server.baseUrl}/api/v1/cases/VGKOE-2026-000001/status`, {
      headers: { "X-Access-Code": "ABCD-EFGH-JKLM", ...(acceptLanguage ? { "Accept-Language": acceptLanguage } : {}) },
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("internal_error");
    const [before] = texts[lang]["api.internalError"].split("{requestId}");
    expect(body.error.message).toMatch(new RegExp(`^${before}[0-9a-f-]{36}$`));
  });

  it("logs the failures as server errors", () => {
    expect(portal.server.output()).toMatch(/"level":"error".*rate_limit_buckets/);
  });
});
