/**
 * The error page's texts in both languages, apart from the dictionary for the same reason as the
 * frame's (frame-texts.ts): a failed action or root loader leaves the page without loader data, and
 * the error page must still read right in the visitor's language.
 */
import type { Lang } from "../../engine/types";

export const errorTexts = {
  de: {
    "error.badRequestTitle": "Ungültige Anfrage",
    "error.badRequestText": "Die Anfrage enthält ungültige Angaben.",
    "error.forbiddenTitle": "Kein Zugriff",
    "error.forbiddenText": "Sie haben keine Berechtigung für diese Seite.",
    "error.notProcessedTitle": "Anfrage nicht verarbeitet",
    "error.notProcessedText": "Die Anfrage konnte in dieser Form nicht verarbeitet werden. Bitte öffnen Sie die Seite erneut.",
    "error.notFoundTitle": "Seite nicht gefunden",
    "error.notFoundText": "Diese Seite gibt es nicht. Bitte prüfen Sie die Adresse oder suchen Sie Ihre Gemeinde auf der Startseite.",
    "error.unavailableTitle": "Dienst vorübergehend nicht erreichbar",
    "error.unavailableText":
      "Das Bürgerportal ist gerade nicht erreichbar. Ihre bisherigen Angaben gehen nicht verloren. Bitte versuchen Sie es in einigen Minuten erneut.",
    "error.unexpectedTitle": "Ein Fehler ist aufgetreten",
    "error.unexpectedText": "Leider ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
    "error.status": "Fehlercode: {status}",
    "error.requestId": "Fehlernummer: {requestId}",
    "error.home": "Zur Startseite",
  },
  en: {
    "error.badRequestTitle": "Invalid request",
    "error.badRequestText": "The request contains invalid information.",
    "error.forbiddenTitle": "No access",
    "error.forbiddenText": "You are not allowed to see this page.",
    "error.notProcessedTitle": "Request not processed",
    "error.notProcessedText": "The request could not be processed in this form. Please open the page again.",
    "error.notFoundTitle": "Page not found",
    "error.notFoundText": "This page does not exist. Please check the address or look for your municipality on the start page.",
    "error.unavailableTitle": "Service temporarily unavailable",
    "error.unavailableText":
      "The citizen portal cannot be reached at the moment. What you have entered so far is not lost. Please try again in a few minutes.",
    "error.unexpectedTitle": "An error has occurred",
    "error.unexpectedText": "Unfortunately an unexpected error has occurred. Please try again later.",
    "error.status": "Error code: {status}",
    "error.requestId": "Error number: {requestId}",
    "error.home": "Go to the start page",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export function errorText(lang: Lang, key: string): string | undefined {
  return (errorTexts[lang] as Record<string, string>)[key];
}
