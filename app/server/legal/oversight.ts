/**
 * The state bodies every operator's pages name: the data protection supervisory authority and
 * the body for the accessibility enforcement procedure in Thuringia. Public contacts as the
 * project knows them (2026-12); the operator confirms them together with its own texts (ADR 023).
 */
export type OversightBody = { name: string; lines: string[]; email: string | null; phone: string | null; website: string };

/** Art. 77 DSGVO: the supervisory authority for public bodies in Thuringia. */
export const DATA_PROTECTION_AUTHORITY: OversightBody = {
  name: "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit (TLfDI)",
  lines: ["Häßlerstraße 8", "99096 Erfurt", "Postanschrift: Postfach 90 04 55, 99107 Erfurt"],
  email: "poststelle@datenschutz.thueringen.de",
  phone: "0361 57 3112900",
  website: "https://www.tlfdi.de",
};

/**
 * Durchsetzungsverfahren under the ThürBarrWebG: a person whose feedback the operator did not
 * answer satisfactorily within the time allowed turns to the Landesbeauftragter für Menschen
 * mit Behinderungen, who mediates (Schlichtung) free of charge.
 */
export const ENFORCEMENT_BODY: OversightBody = {
  name: "Thüringer Landesbeauftragter für Menschen mit Behinderungen (TLMB)",
  lines: ["beim Thüringer Landtag", "Jürgen-Fuchs-Straße 1", "99096 Erfurt"],
  email: null,
  phone: null,
  website: "https://www.tlmb-thueringen.de",
};

/** How the operator tested the portal: the basis of the conformity statement (BITV 2.0, WCAG 2.1 AA). */
export const ACCESSIBILITY_TESTS = [
  "Jede Seite wird in den automatischen Browser-Tests mit axe-core auf die Regeln von WCAG 2.0, 2.1 und 2.2 (Stufen A und AA) geprüft; eine Verletzung lässt den Test scheitern.",
  "Jeder Antrag wird in den Tests vollständig mit der Tastatur ausgefüllt und abgesendet.",
  "Alle Seiten funktionieren ohne JavaScript: jeder Schritt ist ein gewöhnliches Formular; die Tests laufen mit und ohne JavaScript.",
  "Die Gestaltung folgt dem Designsystem KERN der deutschen Verwaltung.",
] as const;
