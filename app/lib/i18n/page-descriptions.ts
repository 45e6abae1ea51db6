/**
 * The `<meta name="description">` of every page, by page family: what a search engine or a
 * shared link shows under the title. Pure, shared by the server render and the browser, so
 * the description follows client-side navigation too.
 */
import type { FrameKey } from "./frame-texts";

/** First path segments that are pages of their own, not a municipality's slug. */
const FAMILIES: Record<string, FrameKey> = {
  status: "frame.description.status",
  fortsetzen: "frame.description.resume",
  "mein-bereich": "frame.description.account",
  anmelden: "frame.description.signIn",
  verwaltung: "frame.description.staff",
  verwaltung_: "frame.description.staff",
  redaktion: "frame.description.editorial",
  impressum: "frame.description.legal",
  datenschutz: "frame.description.legal",
  barrierefreiheit: "frame.description.legal",
  "leichte-sprache": "frame.description.easyLanguage",
  gebaerdensprache: "frame.description.signLanguage",
};

export function descriptionKey(pathname: string): FrameKey {
  const segments = pathname.split("/").filter((segment) => segment !== "");
  if (segments.length === 0) return "frame.description.home";
  const family = Object.prototype.hasOwnProperty.call(FAMILIES, segments[0]!) ? FAMILIES[segments[0]!] : undefined;
  if (family) return family;
  return segments.length === 1 ? "frame.description.municipality" : "frame.description.service";
}
