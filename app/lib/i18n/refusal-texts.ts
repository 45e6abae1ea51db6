/**
 * The sentences of domain refusals (app/server/outcome.ts, `text(key, values)`). The German text is
 * the refusal's `message`, read by pages and logs; the JSON API answers in the request's language.
 */
import type { Lang } from "../../engine/types";

export const refusalTexts = {
  de: {
    // submissions
    "refusal.municipalityNotFound": "Keine Gemeinde mit dem AGS {ags} bekannt.",
    "refusal.serviceNotFound": "Die Leistung „{serviceId}“ gibt es nicht.",
    "refusal.serviceVersionNotFound": "Die Leistung „{serviceId}“ gibt es nicht in Version {version}.",
    "refusal.serviceNoLongerOffered": "Diese Leistung kann nicht mehr neu beantragt werden.",
    "refusal.serviceNotOffered": "Diese Leistung wird in der gewählten Gemeinde nicht online angeboten.",
    "refusal.idempotencyConflict":
      "Dieser Idempotenzschlüssel wurde bereits für einen anderen Antrag verwendet. Verwenden Sie für jeden neuen Antrag einen neuen Schlüssel.",
    "refusal.attachmentUnreferenced": "Die Datei {id} gehört zu keiner Angabe im Antrag.",
    "refusal.attachmentSize": "Die Datei „{name}“ hat nicht die angegebene Größe.",
    "refusal.attachmentChecksum": "Die Prüfsumme (SHA-256) der Datei „{name}“ stimmt nicht.",
    "refusal.attachmentType": "Die Datei „{name}“ ist kein {mediaType}.",

    // cases
    "refusal.caseNotFound": "Diesen Vorgang gibt es in Ihrer Behörde nicht.",
    "refusal.statusMissing": "Bitte wählen Sie aus, in welchen Status der Vorgang wechseln soll.",
    "refusal.noteNotText": "Der Vermerk muss ein Text sein.",
    "refusal.messageNotText": "Die Nachricht muss ein Text sein.",
    "refusal.noteRequired": "Bitte schreiben Sie einen Vermerk.",
    "refusal.revisionNotPositive": "Der Bearbeitungsstand (revision) muss eine positive ganze Zahl sein.",
    "refusal.revisionInvalid": "Der Bearbeitungsstand ist ungültig.",
    "refusal.assigneeInvalid":
      "Vorgänge können nur aktiven Sachbearbeiterinnen und Sachbearbeitern Ihrer eigenen Behörde zugewiesen werden.",
  },
  en: {
    "refusal.municipalityNotFound": "No municipality with the AGS {ags} is known.",
    "refusal.serviceNotFound": "There is no service “{serviceId}”.",
    "refusal.serviceVersionNotFound": "The service “{serviceId}” has no version {version}.",
    "refusal.serviceNoLongerOffered": "This service can no longer be applied for.",
    "refusal.serviceNotOffered": "This service is not offered online in the chosen municipality.",
    "refusal.idempotencyConflict":
      "This idempotency key has already been used for another application. Use a new key for every new application.",
    "refusal.attachmentUnreferenced": "The file {id} belongs to no answer in the application.",
    "refusal.attachmentSize": "The file “{name}” does not have the stated size.",
    "refusal.attachmentChecksum": "The checksum (SHA-256) of the file “{name}” does not match.",
    "refusal.attachmentType": "The file “{name}” is not of type {mediaType}.",

    "refusal.caseNotFound": "Your authority has no such case.",
    "refusal.statusMissing": "Please choose the status the case is to move to.",
    "refusal.noteNotText": "The note must be a text.",
    "refusal.messageNotText": "The message must be a text.",
    "refusal.noteRequired": "Please write a note.",
    "refusal.revisionNotPositive": "The revision must be a positive whole number.",
    "refusal.revisionInvalid": "The revision is invalid.",
    "refusal.assigneeInvalid": "Cases can only be assigned to active clerks of your own authority.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type RefusalTextKey = keyof (typeof refusalTexts)["de"];
