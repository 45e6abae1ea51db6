import { data, redirect } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { de } from "~/lib/i18n/dictionary";
import { messagesFor, withMessages } from "~/lib/i18n/messages.server";
import { matchedMessages } from "~/lib/i18n/use-translation";

describe("texts a page sends", () => {
  it("are the named groups in the page's language, and nothing else", () => {
    const messages = messagesFor("en", ["frame", "status"]);
    const keys = Object.keys(messages);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith("frame.") || key.startsWith("status."))).toBe(true);
    expect(keys).toEqual(Object.keys(de).filter((key) => key.startsWith("frame.") || key.startsWith("status.")));
    expect(messages["status.abgeschlossen"]).toBe("Completed");
  });

  it("are the same frozen object for the same language and groups, so a page's merge of them is made once", () => {
    const messages = messagesFor("de", ["frame", "common"]);
    expect(Object.isFrozen(messages)).toBe(true);
    expect(messagesFor("de", ["frame", "common"])).toBe(messages);
    expect(messagesFor("en", ["frame", "common"])).not.toBe(messages);
    expect(messagesFor("de", ["frame"])).not.toBe(messages);
    const root = { messages };
    const page = { messages: messagesFor("de", ["status"]) };
    expect(matchedMessages([{ data: root }, { data: page }])).toBe(
      matchedMessages([
        { data: { messages: messagesFor("de", ["frame", "common"]) } },
        { data: { messages: messagesFor("de", ["status"]) } },
      ]),
    );
  });

  it("join a loader's data, also inside data(…, init) with its headers, and let responses pass", async () => {
    const plain = (await withMessages("de", ["save"], Promise.resolve({ code: "X" }))) as {
      code: string;
      messages: Record<string, string>;
    };
    expect(plain.code).toBe("X");
    expect(plain.messages["save.title"]).toBe(de["save.title"]);

    const wrapped = (await withMessages(
      "de",
      ["resume"],
      data({ code: "Y" }, { headers: { "Cache-Control": "no-store" } }),
    )) as unknown as {
      data: { code: string; messages: Record<string, string> };
      init: ResponseInit;
    };
    expect(wrapped.data.code).toBe("Y");
    expect(wrapped.data.messages["resume.title"]).toBe(de["resume.title"]);
    expect(new Headers(wrapped.init.headers).get("Cache-Control")).toBe("no-store");

    const response = redirect("/anderswo");
    expect(await withMessages("de", ["save"], response)).toBe(response);
  });

  it("are read from every matched route, the deeper route last", () => {
    const matches = [
      { data: { messages: { "frame.status": "root" } } },
      { data: null },
      { data: { messages: { "status.title": "route" } } },
    ];
    expect(matchedMessages(matches)).toEqual({ "frame.status": "root", "status.title": "route" });
  });

  it("are merged once for the same loader data, and anew when a route's data changes", () => {
    const root = { messages: { "frame.status": "root" } };
    const first = { messages: { "status.title": "first" } };
    const second = { messages: { "status.title": "second" } };
    const merged = matchedMessages([{ data: root }, { data: first }]);
    expect(matchedMessages([{ data: root }, { data: undefined }, { data: first }])).toBe(merged);
    expect(matchedMessages([{ data: root }, { data: second }])).toEqual({ "frame.status": "root", "status.title": "second" });
    expect(matchedMessages([{ data: first }, { data: root }])).toEqual({ "frame.status": "root", "status.title": "first" });
    expect(matchedMessages([{ data: root }])).toEqual({ "frame.status": "root" });
    expect(Object.isFrozen(merged)).toBe(true);
  });
});
