/** Fixtures of the publishing tests: editors as actors, the event-notification form, its answers. */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { apiTokens, authorities, counties, staffUsers } from "../../../db/schema";
import type { CountyEditorActor, EditorActor } from "~/server/publishing/editor.http.server";
import { secretHash } from "~/server/staff/tokens.server";

export const SERVICE = "veranstaltung-anzeige";
export const SOEMMERDA_COUNTY = "16068000";
export const HASSLEBEN = "16068025";
export const STADT_SOEMMERDA = "16068051";
export const VG_STRAUSSFURT = "vg-straussfurt";
export const STRAUSSFURT_MEMBERS = ["16068013", "16068025", "16068044", "16068049", "16068053", "16068059", "16068062"];

export function fixtureText(version: 1 | 2): string {
  return readFileSync(`tests/fixtures/publishing/${SERVICE}.v${version}.json`, "utf8");
}

/** A fixture definition under another id or version (as an editor would edit it). */
export function variant(version: 1 | 2, change: Record<string, unknown>): string {
  return `${JSON.stringify({ ...JSON.parse(fixtureText(version)), ...change }, null, 2)}\n`;
}

/** The seeded demo editor of a county's Landratsamt (`red.<prefix>`), as the actor the domain modules take. */
export async function editorActor(database: Database, username = "red.lrasoe"): Promise<CountyEditorActor> {
  const [row] = await database
    .select({
      id: staffUsers.id,
      displayName: staffUsers.displayName,
      authorityId: authorities.id,
      authorityName: authorities.name,
      countyAgs: counties.ags,
      countyName: counties.name,
    })
    .from(staffUsers)
    .innerJoin(authorities, eq(authorities.id, staffUsers.authorityId))
    .innerJoin(counties, eq(counties.landratsamtId, authorities.id))
    .where(eq(staffUsers.username, username));
  if (!row) throw new Error(`no editor ${username}`);
  const { id, ...rest } = row;
  return { kind: "staff", userId: id, ...rest, portalOperator: false };
}

/** The seeded demo portal operator (`betrieb.portal`), who owns the built-in services' forms. */
export async function operatorActor(database: Database, username = "betrieb.portal"): Promise<EditorActor> {
  const [row] = await database
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, authorityId: authorities.id, authorityName: authorities.name })
    .from(staffUsers)
    .innerJoin(authorities, eq(authorities.id, staffUsers.authorityId))
    .where(eq(staffUsers.username, username));
  if (!row) throw new Error(`no operator ${username}`);
  const { id, ...rest } = row;
  return { kind: "staff", userId: id, ...rest, countyAgs: null, countyName: null, portalOperator: true };
}

/** An API token of an authority with the given scopes, stored hashed as the app does; returns the secret. */
export async function tokenFor(database: Database, authorityId: string, scopes: string[]): Promise<string> {
  const token = `bpk_${randomUUID().replace(/-/g, "")}${randomUUID().replace(/-/g, "")}`;
  await database
    .insert(apiTokens)
    .values({ authorityId, name: `Test ${scopes.join(" ")}`, tokenHash: secretHash(token), scopes, createdById: null });
  return token;
}

/** Valid answers to version 1 of the event notification; version 2 additionally asks `/veranstaltung/musik`. */
export function eventAnswers(version: 1 | 2 = 1): Record<string, unknown> {
  return {
    veranstalter: {
      name: { vorname: "Erika", nachname: "Mustermann" },
      anschrift: { strasse: "Hauptstraße", hausnummer: "12", plz: "99189", ort: "Haßleben" },
      kontakt: { telefon: "036204 12345" },
    },
    veranstaltung: {
      titel: "Dorffest Haßleben",
      art: "fest",
      datum: "2027-06-12",
      beginn: "14:00",
      ende: "23:00",
      ort: "Festwiese am Sportplatz",
      besucher: 300,
      ausschank: "ja",
      ...(version === 2 ? { musik: "ja" } : {}),
    },
  };
}
