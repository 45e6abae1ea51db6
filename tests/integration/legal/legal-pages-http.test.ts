/**
 * The operators' legal pages over HTTP on the real server, without JavaScript (ADR 023): each
 * municipality's pages and footer name its operator, staff pages their authority's operator; the
 * feedback form answers 422 with what to fix; only the Portalbetrieb edits and confirms the settings.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaffServer, type StaffServer } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { StaffClient } from "../staff/staff-client";

const KIDS = "KIDS – Kommunale Informations- und Datendienste Sömmerda";
const NORD = "IT-Verbund Nordthüringen";
const DRAFT = "Entwurf – vom Betreiber zu bestätigen";

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

const footerOf = (html: string) => html.slice(html.indexOf("<footer"), html.indexOf("</footer>"));

describe.each(databaseKinds())("legal pages over HTTP on %s", (kind) => {
  let staff: StaffServer<null>;
  let base: string;
  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => null);
    base = staff.server.baseUrl;
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  const get = async (path: string, client?: StaffClient) => {
    const response = client ? await client.get(path) : await fetch(`${base}${path}`, { redirect: "manual" });
    const html = await response.text();
    return { status: response.status, html, text: textOf(html) };
  };

  it("names the operator of the municipality in view on every legal page, as a draft", async () => {
    for (const page of ["/impressum", "/datenschutz", "/barrierefreiheit", "/gebaerdensprache"]) {
      const sommerda = await get(`${page}?gemeinde=rastenberg`);
      expect(sommerda.status, page).toBe(200);
      expect(sommerda.text).toContain(`Für Rastenberg – betrieben von ${KIDS}`);
      expect(sommerda.text).toContain(DRAFT);
      const nord = await get(`${page}?gemeinde=goersbach`);
      expect(nord.text).toContain(`Für Görsbach – betrieben von ${NORD}`);
    }
    const portalWide = await get("/impressum");
    expect(portalWide.text).toContain(`Betrieben von ${KIDS}`);
    expect(portalWide.text).toContain("Weitere Betreiber des Portals");
    expect(portalWide.html).toContain('href="/impressum?betreiber=it-verbund-nordthueringen"');
    expect((await get("/leichte-sprache?gemeinde=goersbach")).text).toContain(`Das Bürger-Portal für Görsbach wird betrieben von: ${NORD}`);
  });

  it("answers 404 with a message for an unknown municipality or operator", async () => {
    const unknown = await get("/impressum?gemeinde=atlantis");
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain("Eine Gemeinde „atlantis“ kennen wir nicht.");
    expect((await get("/datenschutz?betreiber=niemand")).status).toBe(404);
  });

  it("states controller, legal basis and retention per service, and the supervisory authority", async () => {
    const { text } = await get("/datenschutz?gemeinde=rastenberg");
    expect(text).toMatch(/Hundesteuer – Anmeldung eines Hundes Verantwortlich Verwaltungsgemeinschaft Kölleda/);
    expect(text).toMatch(/Wohngeld – Mietzuschuss Verantwortlich Landratsamt Sömmerda/);
    expect(text).toContain("§§ 2 und 5 Thüringer Kommunalabgabengesetz (ThürKAG)");
    expect(text).toContain("365 Tage nach Abschluss oder Ablehnung des Antrags (Regelfrist des Portals)");
    expect(text).toContain("Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit (TLfDI)");
    expect(text).toContain("Häßlerstraße 8");
  });

  it("names the right operator in the footer of citizen, error and staff pages", async () => {
    const rastenberg = footerOf((await get("/rastenberg")).html);
    expect(textOf(rastenberg)).toContain(`Betrieben von ${KIDS}`);
    expect(rastenberg).toContain('href="/impressum?gemeinde=rastenberg"');
    expect(rastenberg).toContain('href="/leichte-sprache?gemeinde=rastenberg"');
    const missing = await get("/goersbach/keine-leistung");
    expect(missing.status).toBe(404);
    expect(footerOf(missing.html)).toContain('href="/barrierefreiheit?gemeinde=goersbach"');
    expect(textOf(footerOf(missing.html))).toContain(`Betrieben von ${NORD}`);
    expect(footerOf((await get("/")).html)).toContain('href="/impressum"');

    const clerk = await StaffClient.signedIn(base, "sb.egher", "demo-sb.egher");
    const inbox = footerOf((await get("/verwaltung", clerk)).html);
    expect(textOf(inbox)).toContain(`Betrieben von ${NORD}`);
    expect(inbox).toContain('href="/datenschutz?betreiber=it-verbund-nordthueringen"');
  });

  it("sends feedback through the outbox to the operator, and answers 422 with what to fix", async () => {
    const post = (path: string, fields: Record<string, string>) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields).toString(),
      });
    const refused = await post("/barrierefreiheit?gemeinde=goersbach", { nachricht: "", email: "kaputt" });
    expect(refused.status).toBe(422);
    const refusedText = textOf(await refused.text());
    expect(refusedText).toContain("Ihre Nachricht wurde noch nicht gesendet.");
    expect(refusedText).toContain("Beschreiben Sie bitte die Barriere");
    const sent = await post("/barrierefreiheit?gemeinde=goersbach", { nachricht: `Kontrast zu schwach (${kind})` });
    expect(sent.status).toBe(200);
    expect(textOf(await sent.text())).toContain("Vielen Dank, Ihre Nachricht wurde gesendet.");
    const mailDir = join(staff.server.dataDir, "mail");
    const deadline = Date.now() + 10_000;
    while (!(existsSync(mailDir) && readdirSync(mailDir).length > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(mailDir)).toHaveLength(1);
  });

  it("lets only the Portalbetrieb edit an operator's settings; confirming clears the draft mark", async () => {
    const path = "/verwaltung/betreiber/it-verbund-nordthueringen";
    const admin = await StaffClient.signedIn(base, "admin.vgkoe", "demo-admin.vgkoe");
    expect((await admin.get(path)).status).toBe(403);
    const refusedPost = await admin.post(path, { intent: "confirm", name: "Übernommen", city: "Ellrich", email: "x@example.org" });
    expect(refusedPost.status).toBe(403);

    const operator = await StaffClient.signedIn(base, "betrieb.portal", "demo-betrieb.portal");
    const list = await get("/verwaltung/betreiber", operator);
    expect(list.text).toContain(`${NORD} ${DRAFT}`);
    const form = await get(path, operator);
    expect(form.status).toBe(200);
    const fields = {
      name: NORD,
      legalForm: "",
      street: "Musterweg 1",
      postalCode: "99755",
      city: "Ellrich",
      representative: "Die Verbandsvorsitzende",
      email: "barrierefreiheit@it-verbund-nordthueringen.invalid",
      phone: "",
      vatId: "",
      supervisoryAuthority: "Thüringer Landesverwaltungsamt",
      dataProtectionOfficer: "",
      knownLimitations: "Eine Barriere",
      signLanguageVideoUrl: "http://video.example.org/dgs",
    };
    const placeholder = await operator.post(path, { ...fields, intent: "confirm" });
    expect(placeholder.status).toBe(422);
    const placeholderText = textOf(await placeholder.text());
    expect(placeholderText).toContain("Das ist noch die Platzhalter-Adresse aus dem Entwurf.");
    expect(placeholderText).toContain("beginnend mit https://");
    expect((await get("/impressum?gemeinde=goersbach")).text).toContain(DRAFT);

    const confirmed = await operator.post(path, {
      ...fields,
      intent: "confirm",
      email: "barrierefreiheit@example.org",
      signLanguageVideoUrl: "https://video.example.org/dgs",
    });
    expect(confirmed.status).toBe(200);
    expect(textOf(await confirmed.text())).toContain("Gespeichert und bestätigt.");
    const impressum = await get("/impressum?gemeinde=goersbach");
    expect(impressum.text).not.toContain(DRAFT);
    expect(impressum.text).toContain("Musterweg 1");
    expect(impressum.text).toContain("Vertreten durch Die Verbandsvorsitzende");
    expect((await get("/gebaerdensprache?gemeinde=goersbach")).html).toContain('href="https://video.example.org/dgs"');
    // The other operator stays a draft.
    expect((await get("/impressum?gemeinde=rastenberg")).text).toContain(DRAFT);
  });
});
