/**
 * The JSON API's error messages. German unless the request's Accept-Language prefers English
 * (app/server/i18n/language.server.ts, `apiLanguage`); the codes beside them never change.
 */
import type { Lang } from "../../engine/types";

export const apiTexts = {
  de: {
    "api.endpointUnknown": "Diesen API-Endpunkt gibt es nicht.",
    "api.unavailable":
      "Das Bürgerportal ist vorübergehend nicht erreichbar. Bereits gespeicherte Angaben gehen nicht verloren. Bitte versuchen Sie es in einigen Minuten erneut.",
    "api.internalError": "Ein unerwarteter Fehler ist aufgetreten. Fehlernummer: {requestId}",
    "api.requestIdUnknown": "unbekannt",

    // request bodies
    "api.notJson": "Bitte senden Sie den Inhalt als JSON (Content-Type: application/json).",
    "api.emptyBody": "Die Anfrage enthält keinen Inhalt.",
    "api.bodyTooLarge": "Die Anfrage ist zu groß. Erlaubt sind höchstens {kilobytes} KB.",
    "api.malformedJson": "Der Inhalt ist kein gültiges JSON{detail}.",
    "api.tooDeep": "Der Inhalt ist tiefer als {depth} Ebenen verschachtelt.",
    "api.valueNul": "Der Wert enthält das Zeichen U+0000, das nicht gespeichert werden kann.",
    "api.valueLoneSurrogate": "Der Wert enthält ein einzelnes Ersatzzeichen (lone surrogate) und ist damit kein gültiger Unicode-Text.",
    "api.nameNul": "Der Name enthält das Zeichen U+0000, das nicht gespeichert werden kann.",
    "api.nameLoneSurrogate": "Der Name enthält ein einzelnes Ersatzzeichen (lone surrogate) und ist damit kein gültiger Unicode-Text.",
    "api.numberOutOfRange": "Der Wert ist eine Zahl außerhalb des darstellbaren Bereichs.",
    "api.numberInexact": "Der Wert ist eine ganze Zahl, die nicht exakt darstellbar ist (erlaubt: bis {max}).",
    "api.invalidRequest": "Der Inhalt passt nicht zur Schnittstellenbeschreibung (/api/v1/openapi.json): {problems}{more}.",
    "api.invalidRequestMore": " (und {count} weitere)",
    "api.wholeBody": "Der Inhalt",
    "api.invalidValue": "ist ungültig",

    // parameters and lookups
    "api.invalidAgs": "Der Amtliche Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.",
    "api.municipalityNotFound": "Keine Gemeinde mit dem AGS {ags} bekannt.",
    "api.queryTooLong": "Der Suchbegriff darf höchstens {max} Zeichen lang sein.",
    "api.invalidVersion": "„version“ muss eine ganze Zahl ab 1 sein.",
    "api.serviceNotFound": "Die Leistung „{id}“ gibt es nicht.",
    "api.serviceVersionNotFound": "Die Leistung „{id}“ gibt es nicht in Version {version}.",
    "api.schemaNotFound":
      "Kein Schema „{name}“. Es gibt die gemeinsamen Teile und je veröffentlichter Version <Leistung>.v<Version>.data.schema.json.",
    "api.tooManySubmissions": "Zu viele Anträge in kurzer Zeit. Bitte warten Sie {seconds} Sekunden.",

    // access code and API keys
    "api.tooManyAttempts": "Zu viele Versuche. Bitte warten Sie {minutes} Minuten.",
    "api.caseNotFound": "Kein Vorgang mit dieser Vorgangsnummer und diesem Zugangscode.",
    "api.unauthorized":
      "Bitte senden Sie einen gültigen API-Schlüssel Ihrer Behörde im Kopf „Authorization: Bearer …“. Schlüssel legt die Kontenverwaltung unter /verwaltung/konten an.",
    "api.missingScope": "Dieser API-Schlüssel darf das nicht (es fehlt die Berechtigung „{scope}“).",
    "api.caseNotInAuthority": "Diesen Vorgang gibt es in Ihrer Behörde nicht.",
    "api.invalidCursor": "Der Cursor ist ungültig. Verwenden Sie den Wert von „nextCursor“ aus der vorigen Antwort.",
    "api.invalidLimit": "„limit“ muss eine ganze Zahl von 1 bis {max} sein.",

    // editorial API
    "api.notALandratsamt":
      "Formulare veröffentlicht die Redaktion eines Landratsamts. Ihr Konto gehört zu keinem Landratsamt; wenden Sie sich bitte an die Kontenverwaltung.",
    "api.countyServiceNotFound": "Eine Leistung „{id}“ gibt es in Ihrem Landkreis nicht.",
    "api.versionNumber": "Die Versionsnummer muss eine ganze Zahl ab 1 sein.",
    "api.definitionNotJson": "Bitte senden Sie die Formulardefinition als JSON (Content-Type: application/json).",
    "api.definitionEmpty": "Die Anfrage enthält keine Formulardefinition.",
    "api.definitionNotUtf8": "Die Formulardefinition ist nicht in UTF-8 kodiert.",
  },
  en: {
    "api.endpointUnknown": "There is no such API endpoint.",
    "api.unavailable": "The citizen portal is temporarily unavailable. Data already saved is not lost. Please try again in a few minutes.",
    "api.internalError": "An unexpected error has occurred. Error number: {requestId}",
    "api.requestIdUnknown": "unknown",

    "api.notJson": "Please send the content as JSON (Content-Type: application/json).",
    "api.emptyBody": "The request has no content.",
    "api.bodyTooLarge": "The request is too large. At most {kilobytes} KB are allowed.",
    "api.malformedJson": "The content is not valid JSON{detail}.",
    "api.tooDeep": "The content is nested deeper than {depth} levels.",
    "api.valueNul": "The value contains the character U+0000, which cannot be stored.",
    "api.valueLoneSurrogate": "The value contains a lone surrogate and is therefore not valid Unicode text.",
    "api.nameNul": "The name contains the character U+0000, which cannot be stored.",
    "api.nameLoneSurrogate": "The name contains a lone surrogate and is therefore not valid Unicode text.",
    "api.numberOutOfRange": "The value is a number outside the representable range.",
    "api.numberInexact": "The value is an integer that cannot be represented exactly (allowed: up to {max}).",
    "api.invalidRequest": "The content does not match the API description (/api/v1/openapi.json): {problems}{more}.",
    "api.invalidRequestMore": " (and {count} more)",
    "api.wholeBody": "The content",
    "api.invalidValue": "is invalid",

    "api.invalidAgs": "The official municipality key (AGS) must consist of exactly 8 digits.",
    "api.municipalityNotFound": "No municipality with the AGS {ags} is known.",
    "api.queryTooLong": "The search term may be at most {max} characters long.",
    "api.invalidVersion": "“version” must be a whole number from 1 upwards.",
    "api.serviceNotFound": "There is no service “{id}”.",
    "api.serviceVersionNotFound": "The service “{id}” has no version {version}.",
    "api.schemaNotFound":
      "No schema “{name}”. There are the shared parts and, for each published version, <service>.v<version>.data.schema.json.",
    "api.tooManySubmissions": "Too many applications in a short time. Please wait {seconds} seconds.",

    "api.tooManyAttempts": "Too many attempts. Please wait {minutes} minutes.",
    "api.caseNotFound": "No case with this case number and access code.",
    "api.unauthorized":
      "Please send a valid API key of your authority in the header “Authorization: Bearer …”. Keys are created by the account administration at /verwaltung/konten.",
    "api.missingScope": "This API key may not do this (it lacks the permission “{scope}”).",
    "api.caseNotInAuthority": "Your authority has no such case.",
    "api.invalidCursor": "The cursor is invalid. Use the value of “nextCursor” from the previous answer.",
    "api.invalidLimit": "“limit” must be a whole number from 1 to {max}.",

    "api.notALandratsamt":
      "Forms are published by the editorial team of a district office (Landratsamt). Your account belongs to no Landratsamt; please contact the account administration.",
    "api.countyServiceNotFound": "Your district has no service “{id}”.",
    "api.versionNumber": "The version number must be a whole number from 1 upwards.",
    "api.definitionNotJson": "Please send the form definition as JSON (Content-Type: application/json).",
    "api.definitionEmpty": "The request contains no form definition.",
    "api.definitionNotUtf8": "The form definition is not encoded in UTF-8.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ApiMessageKey = keyof (typeof apiTexts)["de"];
