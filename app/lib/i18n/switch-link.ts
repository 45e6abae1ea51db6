/** The query parameter of the language switch; shared by the link (browser) and the server. */
export const LANG_PARAM_NAME = "lang";
