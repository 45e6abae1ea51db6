/**
 * Texts of the answers the HTTP server gives in front of Remix (server/http-policy.js) while the
 * database is unreachable or when Remix itself failed: from the catalogue, in the language a page
 * (cookie) or the API (Accept-Language) would have answered in.
 */
import type { Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { apiLanguage, requestLanguage } from "../i18n/language.server";

export type EdgeAnswer = { code: string; title: string; message: string; advice: string; lang: Lang; home: string };

type HeaderValues = Record<string, string | string[] | undefined>;

function languageOf(url: string, headers: HeaderValues): Lang {
  const pick = (name: string) => [headers[name]].flat().filter((value): value is string => typeof value === "string");
  try {
    const request = new Request(new URL(url, "http://portal.invalid"), {
      headers: [
        ...pick("cookie").map((value) => ["Cookie", value]),
        ...pick("accept-language").map((value) => ["Accept-Language", value]),
      ] as [string, string][],
    });
    return new URL(request.url).pathname.startsWith("/api/") ? apiLanguage(request) : requestLanguage(request);
  } catch {
    // An address or header that does not even parse gets the portal's default language.
    return "de";
  }
}

export function edgeAnswer(kind: "unavailable" | "unexpected", url: string, headers: HeaderValues, requestId = ""): EdgeAnswer {
  const lang = languageOf(url, headers);
  const api = url.startsWith("/api/");
  const home = translate(lang, "error.home");
  if (kind === "unavailable") {
    return {
      code: "service_unavailable",
      title: translate(lang, "error.unavailableTitle"),
      message: translate(lang, api ? "api.unavailable" : "error.unavailableText"),
      advice: "",
      lang,
      home,
    };
  }
  return {
    code: "internal_error",
    title: translate(lang, "error.unexpectedTitle"),
    message: api ? translate(lang, "api.internalError", { requestId }) : translate(lang, "error.unexpectedText"),
    advice: api ? "" : translate(lang, "error.requestId", { requestId }),
    lang,
    home,
  };
}
