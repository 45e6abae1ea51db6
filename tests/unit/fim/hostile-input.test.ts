/**
 * Hostile and broken input is refused with a message naming where, and nothing it points to is
 * ever read: no file, no network request.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FimImportError, importFim } from "../../../app/server/fim/import-fim";
import { readCodeList } from "../../../app/server/fim/genericode";

const V3 = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";
const SECRET = "geheimer-inhalt-7f3a";
const secretFile = join(mkdtempSync(join(tmpdir(), "fim-xxe-")), "secret.txt");
writeFileSync(secretFile, SECRET);

let requests = 0;
const server = createServer((_request, response) => {
  requests++;
  response.end(`<!ENTITY leak "${SECRET}">`);
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  url = `http://127.0.0.1:${address.port}/entity.dtd`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function refusal(xml: string, name = "schema.xml"): string {
  try {
    importFim({ name, bytes: new TextEncoder().encode(xml) });
  } catch (error) {
    expect(error).toBeInstanceOf(FimImportError);
    return (error as Error).message;
  }
  throw new Error("the import accepted the input");
}

const schema = (body: string) =>
  `<?xml version="1.0"?>\n<x:xdatenfelder.stammdatenschema.0102 xmlns:x="${V3}"><x:stammdatenschema>${body}</x:stammdatenschema></x:xdatenfelder.stammdatenschema.0102>`;

describe("hostile and broken FIM input", () => {
  it("refuses an external entity to a local file without reading it (XXE)", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://${secretFile}">]>\n${schema("<x:name>&xxe;</x:name>")}`;
    const message = refusal(xml);
    expect(message).toContain("DOCTYPE");
    expect(message).toContain("schema.xml, Zeile 2");
    expect(message).not.toContain(SECRET);
  });

  it("refuses an external DTD over http without making a request", async () => {
    refusal(`<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "${url}">\n${schema("<x:name>&leak;</x:name>")}`);
    refusal(`<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % remote SYSTEM "${url}"> %remote;]>\n${schema("")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toBe(0);
  });

  it("refuses entity expansion (billion laughs) at once", () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
    const started = performance.now();
    const message = refusal(`<?xml version="1.0"?>\n<!DOCTYPE lolz [${lol.join("")}]>\n${schema("<x:name>&lol9;</x:name>")}`);
    expect(message).toContain("Entitätenexpansion");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses an undeclared entity instead of resolving it", () => {
    expect(refusal(schema("<x:name>&xxe;</x:name>"))).toMatch(/Zeile 2, Spalte \d+: unbekannte Entität/);
  });

  it("refuses a wrong namespace, naming the root element and the expected namespaces", () => {
    const message = refusal(`<a:xdatenfelder.stammdatenschema.0102 xmlns:a="urn:example:other"/>`);
    expect(message).toContain("xdatenfelder.stammdatenschema.0102");
    expect(message).toContain("urn:example:other");
    expect(message).toContain("xdatenfelder_3.0.0");
    // The prefix does not matter, the namespace does: a v3 document with an unusual prefix is read.
    expect(refusal(`<fim:andere xmlns:fim="${V3}"/>`)).toContain("Wurzelelement ist „andere“");
  });

  it("refuses a truncated file, naming the open element and the line", () => {
    const xml = schema("<x:name>Antrag</x:name><x:struktur><x:anzahl>1:1</x:anzahl>");
    const message = refusal(xml.slice(0, xml.indexOf("</x:stammdatenschema>")));
    expect(message).toMatch(/Zeile 2/);
    expect(message).toContain("wird nicht geschlossen");
  });

  it("refuses what is not XML and files over 10 MB", () => {
    expect(refusal("Das ist kein XML")).toContain("kein wohlgeformtes XML");
    expect(refusal('{"id": "json"}')).toContain("kein wohlgeformtes XML");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect(() => importFim({ name: "gross.xml", bytes: big })).toThrow(/höchstens 10 MB/);
  });

  it("names the element when a required part is missing", () => {
    expect(
      refusal(schema("<x:identifikation><x:id>S1</x:id></x:identifikation><x:struktur><x:anzahl>1:1</x:anzahl></x:struktur>")),
    ).toMatch(/Zeile 2: Im Element „struktur“ fehlt „enthaelt“/);
    expect(
      refusal(
        schema(
          "<x:identifikation><x:id>S1</x:id></x:identifikation><x:struktur><x:anzahl>eins</x:anzahl><x:enthaelt><x:datenfeld/></x:enthaelt></x:struktur>",
        ),
      ),
    ).toContain("Die Anzahl „eins“");
  });

  it("refuses a code list that is not genericode", () => {
    expect(() => readCodeList(schema(""), "liste.xml")).toThrow(/liste\.xml, Zeile 2: kein genericode/);
  });
});
