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

    // editorial: ownership, drafts, publishing, retiring
    "refusal.builtInForm":
      "Eingebaute Leistungen gelten in allen Landkreisen des Portals; ihr Formular ändert nur der Portalbetrieb. Um eine solche Leistung in Ihrem Landkreis nicht mehr anzubieten, wählen Sie im Angebot keine Gemeinde aus.",
    "refusal.countyOffering":
      "Angebot und abweichende Zuständigkeiten legt die Redaktion des jeweiligen Landkreises für ihre Gemeinden fest, nicht der Portalbetrieb.",
    "refusal.countyForm":
      "Diese Leistung hat ein Landkreis angelegt; ihr Formular ändert nur die Redaktion dieses Landkreises, nicht der Portalbetrieb.",
    "refusal.newService":
      "Neue Leistungen legt die Redaktion eines Landkreises an. Eingebaute Leistungen kommen aus dem Verzeichnis forms/ des Portals und werden dort ergänzt.",
    "refusal.countyServiceNotFound": "Eine Leistung „{serviceId}“ gibt es in Ihrem Landkreis nicht.",
    "refusal.countyMatter": "Angebot und Zuständigkeiten legt die Redaktion eines Landkreises fest.",
    "refusal.definitionTooLarge":
      "Die Formulardefinition ist größer als {megabytes} MB und wird nicht angenommen. Bitte teilen Sie das Formular auf oder kürzen Sie Texte.",
    "refusal.definitionNotSaved": "Die Formulardefinition enthält Fehler; sie wurde nicht gespeichert.",
    "refusal.serviceExists":
      "Die Leistung „{serviceId}“ gibt es bereits. Eine neue Version legen Sie auf der Seite der Leistung an; für eine neue Leistung wählen Sie eine andere Kennung.",
    "refusal.serviceIdTaken":
      "Die Kennung „{serviceId}“ ist bereits an eine Leistung eines anderen Landkreises vergeben. Bitte wählen Sie eine andere Kennung.",
    "refusal.serviceRetiredNoDrafts": "Diese Leistung ist eingestellt; für sie werden keine neuen Versionen mehr angelegt.",
    "refusal.draftChangedByOther":
      "Der Entwurf wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und übernehmen Sie Ihre Änderungen in den aktuellen Stand.",
    "refusal.levelUnreadable":
      "Für eine neue Leistung muss die Ebene („level“: „gemeinde“ oder „kreis“) lesbar sein; der Entwurf wurde nicht gespeichert.",
    "refusal.serviceCreatedMeanwhile":
      "Die Leistung „{serviceId}“ wurde soeben von jemand anderem angelegt. Bitte öffnen Sie sie in der Übersicht.",
    "refusal.serviceRetiredNoPublish": "Diese Leistung ist eingestellt; es werden keine Versionen mehr veröffentlicht.",
    "refusal.versionNotFound": "Die Leistung „{serviceId}“ hat keine Version {version}.",
    "refusal.alreadyPublished":
      "Version {version} ist bereits veröffentlicht. Veröffentlichte Versionen sind unveränderlich; Änderungen gehören in eine neue Version.",
    "refusal.retiredNotRepublished":
      "Version {version} ist eingestellt und kann nicht erneut veröffentlicht werden. Änderungen gehören in eine neue Version.",
    "refusal.draftChangedBeforePublish":
      "Der Entwurf wurde inzwischen geändert. Bitte prüfen Sie den neuen Stand, bevor Sie ihn veröffentlichen.",
    "refusal.onlyValidDraftPublished":
      "Nur ein fehlerfreier Entwurf kann veröffentlicht werden. Bitte beheben Sie die aufgeführten Fehler.",
    "refusal.draftChangedDuringPublish":
      "Der Entwurf wurde während der Veröffentlichung geändert. Bitte prüfen Sie den neuen Stand und veröffentlichen Sie erneut.",
    "refusal.draftNotRetired":
      "Version {version} ist ein Entwurf. Ein Entwurf wird nicht eingestellt, sondern überarbeitet oder nicht veröffentlicht.",
    "refusal.versionAlreadyRetired": "Version {version} ist bereits eingestellt.",
    "refusal.serviceAlreadyRetired": "Diese Leistung ist bereits eingestellt.",

    "refusal.definitionTooDeep": "Die Formulardefinition ist zu tief verschachtelt (höchstens {depth} Ebenen).",
    "refusal.incompleteForm": "Das Formular kam unvollständig an. Bitte senden Sie es erneut.",
    "refusal.retireConfirmationMissing": "Bitte bestätigen Sie, dass die Leistung eingestellt werden soll.",
    "refusal.unknownAction": "Diese Aktion gibt es nicht.",

    // editorial: offering and routing overrides
    "refusal.municipalityNotInCounty": "Bitte wählen Sie eine Gemeinde Ihres Landkreises ({county}).",
    "refusal.authorityNotInCounty": "Bitte wählen Sie eine Behörde Ihres Landkreises ({county}).",
    "refusal.overrideNotFound": "Für diese Gemeinde gibt es keine abweichende Zuständigkeit.",
    "refusal.overrideChoiceMissing": "Bitte wählen Sie eine Gemeinde und die zuständige Behörde.",

    // staff accounts and login
    "refusal.ownAccount": "Sie können Ihr eigenes Konto nicht deaktivieren.",
    "refusal.accountNotFound": "Dieses Konto gibt es in Ihrer Behörde nicht oder es ist bereits deaktiviert.",
    "refusal.loginFailed": "Benutzername oder Passwort ist falsch.",

    // citizens' replies to a Rückfrage and withdrawals (/status)
    "refusal.citizenCaseNotFound": "Vorgangsnummer oder Zugangscode stimmen nicht. Bitte rufen Sie den Stand Ihres Antrags erneut ab.",
    "refusal.citizenTooManyAttempts": "Zu viele Versuche. Bitte warten Sie {minutes} Minuten und versuchen Sie es dann erneut.",
    "refusal.replyFormIncomplete":
      "Das Formular kam unvollständig an. Bitte rufen Sie den Stand Ihres Antrags erneut ab und senden Sie Ihre Antwort von dort.",
    "refusal.replyEmpty": "Bitte schreiben Sie eine Antwort oder fügen Sie mindestens eine Datei bei.",
    "refusal.replyTooLong": "Ihre Antwort ist zu lang ({length} Zeichen). Erlaubt sind höchstens {max} Zeichen.",
    "refusal.replyTooManyFiles": "Bitte fügen Sie höchstens {max} Dateien bei.",
    "refusal.replyNoOpenQuery":
      "Zu diesem Antrag ist keine Rückfrage offen. Eine Antwort ist nur möglich, solange die Behörde auf eine Antwort wartet.",
    "refusal.withdrawReasonNotText": "Der Grund muss ein Text sein.",
    "refusal.withdrawReasonTooLong": "Der Grund ist zu lang ({length} Zeichen). Erlaubt sind höchstens {max} Zeichen.",
    "refusal.alreadyWithdrawn": "Dieser Antrag ist bereits zurückgezogen.",
    "refusal.withdrawDecided": "Über diesen Antrag ist bereits entschieden. Ein entschiedener Antrag kann nicht mehr zurückgezogen werden.",
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

    "refusal.builtInForm":
      "Built-in services apply in every district of the portal; only the portal operator changes their form. To stop offering such a service in your district, select no municipality in the offering.",
    "refusal.countyOffering":
      "The offering and deviating responsibilities are set by the editorial team of each district for its municipalities, not by the portal operator.",
    "refusal.countyForm": "A district created this service; only that district's editorial team changes its form, not the portal operator.",
    "refusal.newService":
      "New services are created by the editorial team of a district. Built-in services come from the portal's forms/ directory and are added there.",
    "refusal.countyServiceNotFound": "Your district has no service “{serviceId}”.",
    "refusal.countyMatter": "The offering and responsibilities are set by the editorial team of a district.",
    "refusal.definitionTooLarge":
      "The form definition is larger than {megabytes} MB and is not accepted. Please split the form or shorten texts.",
    "refusal.definitionNotSaved": "The form definition contains errors; it has not been saved.",
    "refusal.serviceExists":
      "The service “{serviceId}” already exists. Create a new version on the service's page; for a new service choose another identifier.",
    "refusal.serviceIdTaken":
      "The identifier “{serviceId}” is already taken by a service of another district. Please choose another identifier.",
    "refusal.serviceRetiredNoDrafts": "This service has been retired; no new versions are created for it.",
    "refusal.draftChangedByOther":
      "Someone else has changed the draft in the meantime. Please reload the page and carry your changes over into the current state.",
    "refusal.levelUnreadable": "A new service needs a readable level (“level”: “gemeinde” or “kreis”); the draft has not been saved.",
    "refusal.serviceCreatedMeanwhile": "Someone else has just created the service “{serviceId}”. Please open it from the overview.",
    "refusal.serviceRetiredNoPublish": "This service has been retired; no more versions are published.",
    "refusal.versionNotFound": "The service “{serviceId}” has no version {version}.",
    "refusal.alreadyPublished":
      "Version {version} has already been published. Published versions are immutable; changes belong in a new version.",
    "refusal.retiredNotRepublished": "Version {version} has been retired and cannot be published again. Changes belong in a new version.",
    "refusal.draftChangedBeforePublish": "The draft has changed in the meantime. Please check the new state before publishing it.",
    "refusal.onlyValidDraftPublished": "Only a draft without errors can be published. Please fix the errors listed.",
    "refusal.draftChangedDuringPublish": "The draft was changed during publishing. Please check the new state and publish again.",
    "refusal.draftNotRetired": "Version {version} is a draft. A draft is not retired but revised or left unpublished.",
    "refusal.versionAlreadyRetired": "Version {version} has already been retired.",
    "refusal.serviceAlreadyRetired": "This service has already been retired.",

    "refusal.definitionTooDeep": "The form definition is nested too deeply (at most {depth} levels).",
    "refusal.incompleteForm": "The form arrived incomplete. Please send it again.",
    "refusal.retireConfirmationMissing": "Please confirm that the service is to be retired.",
    "refusal.unknownAction": "There is no such action.",

    "refusal.municipalityNotInCounty": "Please choose a municipality of your district ({county}).",
    "refusal.authorityNotInCounty": "Please choose an authority of your district ({county}).",
    "refusal.overrideNotFound": "This municipality has no deviating responsibility.",
    "refusal.overrideChoiceMissing": "Please choose a municipality and the responsible authority.",

    "refusal.ownAccount": "You cannot disable your own account.",
    "refusal.accountNotFound": "Your authority has no such account, or it has already been disabled.",
    "refusal.loginFailed": "The user name or password is wrong.",

    "refusal.citizenCaseNotFound": "The case number or the access code is not correct. Please check the status of your application again.",
    "refusal.citizenTooManyAttempts": "Too many attempts. Please wait {minutes} minutes and try again.",
    "refusal.replyFormIncomplete":
      "The form arrived incomplete. Please check the status of your application again and send your reply from there.",
    "refusal.replyEmpty": "Please write a reply or attach at least one file.",
    "refusal.replyTooLong": "Your reply is too long ({length} characters). The limit is {max} characters.",
    "refusal.replyTooManyFiles": "Please attach no more than {max} files.",
    "refusal.replyNoOpenQuery":
      "There is no open query on this application. A reply is only possible while the authority is waiting for one.",
    "refusal.withdrawReasonNotText": "The reason must be text.",
    "refusal.withdrawReasonTooLong": "The reason is too long ({length} characters). The limit is {max} characters.",
    "refusal.alreadyWithdrawn": "This application has already been withdrawn.",
    "refusal.withdrawDecided": "A decision has already been made on this application. A decided application can no longer be withdrawn.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type RefusalTextKey = keyof (typeof refusalTexts)["de"];
