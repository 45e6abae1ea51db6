/**
 * Texts of the answers the HTTP server gives in front of Remix (server/*.js): an address or method
 * no route serves, a request too large or too broken to pass on, a cross-site post, the database
 * unreachable, Remix itself failed. From the catalogue, in the language a page (cookie) or the API
 * (Accept-Language) would have answered in.
 */
import type { Lang } from "../../engine/types";
import { translate, type MessageKey, type TextValues } from "../../lib/i18n/translate";
import { isApiPath } from "../api/api-address";
import { apiLanguage, requestLanguage } from "../i18n/language.http.server";

/** `api`: the answer is the API's (JSON), not a page. */
export type EdgeAnswer = { code: string; title: string; message: string; advice: string; lang: Lang; home: string; api: boolean };

export type EdgeAnswerKind =
  | "unavailable"
  | "unexpected"
  | "addressUnknown"
  | "methodNotAllowed"
  | "dataParameter"
  | "invalidHost"
  | "invalidPercentEncoding"
  | "nulInAddress"
  | "invalidRequest"
  | "tooLarge"
  | "crossSite";

type HeaderValues = Record<string, string | string[] | undefined>;

const BASE = "http://portal.invalid";

/** The address, also in absolute form; null where it does not parse. */
function parsedAddress(url: string): URL | null {
  try {
    return new URL(url, BASE);
  } catch {
    return null;
  }
}

function languageOf(address: URL | null, headers: HeaderValues, api: boolean): Lang {
  const pick = (name: string) => [headers[name]].flat().filter((value): value is string => typeof value === "string");
  // An address or header that does not even parse gets the portal's default language.
  if (!address) return "de";
  try {
    const request = new Request(address, {
      headers: [
        ...pick("cookie").map((value) => ["Cookie", value]),
        ...pick("accept-language").map((value) => ["Accept-Language", value]),
      ] as [string, string][],
    });
    return api ? apiLanguage(request) : requestLanguage(request);
  } catch {
    return "de";
  }
}

type Wording = { code: string; title: MessageKey; message: MessageKey; advice?: MessageKey; apiMessage?: MessageKey };

const BAD_REQUEST = { code: "bad_request", title: "error.badRequestTitle", advice: "edge.checkAddress" } as const;

/** What each answer says; `apiMessage` where the API words it apart from pages. */
const WORDING: Record<Exclude<EdgeAnswerKind, "unavailable" | "unexpected">, Wording> = {
  addressUnknown: {
    code: "not_found",
    title: "error.notFoundTitle",
    message: "edge.addressUnknown",
    advice: "edge.addressUnknownAdvice",
    apiMessage: "api.endpointUnknown",
  },
  methodNotAllowed: { code: "method_not_allowed", title: "edge.methodNotAllowedTitle", message: "edge.methodNotAllowed" },
  dataParameter: { ...BAD_REQUEST, message: "edge.dataParameter", advice: "edge.dataParameterAdvice" },
  invalidHost: { ...BAD_REQUEST, message: "edge.invalidHost" },
  invalidPercentEncoding: { ...BAD_REQUEST, message: "edge.invalidPercentEncoding" },
  nulInAddress: { ...BAD_REQUEST, message: "edge.nulInAddress" },
  invalidRequest: { ...BAD_REQUEST, message: "edge.invalidRequest", advice: "edge.invalidRequestAdvice" },
  tooLarge: { code: "payload_too_large", title: "edge.tooLargeTitle", message: "edge.tooLarge", advice: "edge.tooLargeAdvice" },
  crossSite: { code: "cross_site_request", title: "edge.crossSiteTitle", message: "edge.crossSite" },
};

/**
 * The answer of `kind` for a request to `url` with `headers`. `values` fill the message (a method
 * and the allowed ones, a size); `requestId` names a failure.
 */
export function edgeAnswer(kind: EdgeAnswerKind, url: string, headers: HeaderValues, requestId = "", values?: TextValues): EdgeAnswer {
  // One reading of the path decides both the language rule and whether the answer is JSON.
  const address = parsedAddress(url);
  const api = isApiPath(address?.pathname ?? url.split(/[?#]/)[0]!);
  const lang = languageOf(address, headers, api);
  const home = translate(lang, "error.home");
  if (kind === "unavailable") {
    return {
      code: "service_unavailable",
      title: translate(lang, "error.unavailableTitle"),
      message: translate(lang, api ? "api.unavailable" : "error.unavailableText"),
      advice: "",
      lang,
      home,
      api,
    };
  }
  if (kind === "unexpected") {
    return {
      code: "internal_error",
      title: translate(lang, "error.unexpectedTitle"),
      message: api ? translate(lang, "api.internalError", { requestId }) : translate(lang, "error.unexpectedText"),
      advice: api ? "" : translate(lang, "error.requestId", { requestId }),
      lang,
      home,
      api,
    };
  }
  const wording = WORDING[kind];
  return {
    code: wording.code,
    title: translate(lang, wording.title),
    message: translate(lang, api && wording.apiMessage ? wording.apiMessage : wording.message, values),
    advice: wording.advice && !api ? translate(lang, wording.advice) : "",
    lang,
    home,
    api,
  };
}
