/** Which addresses have a language switch, and its parameter; shared by the server and the browser. */
export const LANG_PARAM_NAME = "lang";

/** Staff and editorial pages are German only: their texts are not translated. */
const GERMAN_ONLY = [/^\/verwaltung(\/|$)/, /^\/verwaltung_/, /^\/redaktion(\/|$)/, /^\/api\//];

export function isGermanOnlyPath(pathname: string): boolean {
  return GERMAN_ONLY.some((pattern) => pattern.test(pathname));
}
