/**
 * The answers the HTTP server gives in front of Remix (server/*.js, through `edgeAnswer`): an
 * address or method no route serves, a request too large or too broken to pass on.
 */
import type { Lang } from "../../engine/types";

export const edgeTexts = {
  de: {
    "edge.addressUnknown": "Diese Adresse gibt es nicht.",
    "edge.addressUnknownAdvice": "Bitte prüfen Sie die Adresse oder beginnen Sie auf der Startseite.",
    "edge.methodNotAllowedTitle": "Methode nicht erlaubt",
    "edge.methodNotAllowed": "Diese Adresse nimmt keine {method}-Anfragen an. Erlaubt sind: {allowed}.",
    "edge.dataParameter": "Der Parameter „_data“ wird hier nicht verwendet.",
    "edge.dataParameterAdvice": "Bitte rufen Sie die Adresse ohne „_data“ auf.",
    "edge.invalidHost": "Die Anfrage nennt keinen gültigen Host.",
    "edge.invalidPercentEncoding": "Die Adresse enthält eine ungültige Prozent-Kodierung (z. B. „%“ ohne zwei Hex-Ziffern).",
    "edge.nulInAddress": "Die Adresse enthält ein Nullzeichen (%00); das ist in keiner Angabe erlaubt.",
    "edge.checkAddress": "Bitte prüfen Sie die Adresse.",
    "edge.invalidRequest": "Die Adresse oder die Anfrage ist ungültig.",
    "edge.invalidRequestAdvice": "Bitte prüfen Sie die Adresse oder gehen Sie zur Startseite.",
    "edge.tooLargeTitle": "Anfrage zu groß",
    "edge.tooLarge": "Die Anfrage ist zu groß. Erlaubt sind höchstens {megabytes} MB.",
    "edge.tooLargeAdvice": "Bitte gehen Sie zurück und verkleinern Sie die Angaben oder Dateien.",
    "edge.crossSiteTitle": "Anfrage abgelehnt",
    "edge.crossSite":
      "Diese Anfrage kam nicht von einer Seite des Bürgerportals und wurde deshalb abgelehnt. Bitte öffnen Sie die Seite im Bürgerportal erneut und senden Sie das Formular noch einmal.",
  },
  en: {
    "edge.addressUnknown": "This address does not exist.",
    "edge.addressUnknownAdvice": "Please check the address or start on the start page.",
    "edge.methodNotAllowedTitle": "Method not allowed",
    "edge.methodNotAllowed": "This address does not accept {method} requests. Allowed are: {allowed}.",
    "edge.dataParameter": "The parameter “_data” is not used here.",
    "edge.dataParameterAdvice": "Please open the address without “_data”.",
    "edge.invalidHost": "The request names no valid host.",
    "edge.invalidPercentEncoding": "The address contains an invalid percent-encoding (such as “%” without two hex digits).",
    "edge.nulInAddress": "The address contains a null character (%00), which is allowed in no entry.",
    "edge.checkAddress": "Please check the address.",
    "edge.invalidRequest": "The address or the request is invalid.",
    "edge.invalidRequestAdvice": "Please check the address or go to the start page.",
    "edge.tooLargeTitle": "Request too large",
    "edge.tooLarge": "The request is too large. At most {megabytes} MB are allowed.",
    "edge.tooLargeAdvice": "Please go back and make the entries or files smaller.",
    "edge.crossSiteTitle": "Request refused",
    "edge.crossSite":
      "This request did not come from a page of the citizen portal and has therefore been refused. Please open the page in the citizen portal again and send the form once more.",
  },
} as const satisfies Record<Lang, Record<string, string>>;
