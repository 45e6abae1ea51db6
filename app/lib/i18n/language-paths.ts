/** Which addresses have a language switch, and its parameter; shared by the server and the browser. */
export const LANG_PARAM_NAME = "lang";

/**
 * Staff and editorial pages are German only: their texts are not translated. So are the legal
 * pages, whose binding text is the operator's German one, and Leichte Sprache by its nature.
 */
const GERMAN_ONLY = [
  /^\/verwaltung(\/|$)/,
  /^\/verwaltung_/,
  /^\/redaktion(\/|$)/,
  /^\/api\//,
  /^\/(impressum|datenschutz|barrierefreiheit|leichte-sprache|gebaerdensprache)$/,
];

export function isGermanOnlyPath(pathname: string): boolean {
  return GERMAN_ONLY.some((pattern) => pattern.test(pathname));
}
