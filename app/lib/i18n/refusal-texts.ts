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
    "refusal.attachmentMissing": "Eine angegebene Datei wurde nicht gefunden. Bitte laden Sie die Datei erneut hoch.",
    "refusal.controlCharacter": "Die Angabe enthält ein unzulässiges Steuerzeichen.",
    "refusal.applicationHasErrors": "Der Antrag enthält Fehler.",

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
    "refusal.statusAlready": "Der Vorgang hat bereits den Status „{status}“. {next}",
    "refusal.transitionImpossible": "Ein Vorgang im Status „{from}“ kann nicht in den Status „{to}“ wechseln. {next}",
    "refusal.transitionsPossible": "Möglich ist: {allowed}.",
    "refusal.caseClosed": "Der Vorgang ist beendet und kann nicht mehr geändert werden.",
    "refusal.messageRequired":
      "Für „{status}“ braucht die antragstellende Person eine Nachricht: Bitte schreiben Sie, was sie wissen oder tun muss.",
    "refusal.noteTooLong":
      "Der Vermerk ist zu lang: erlaubt sind höchstens {max} Zeichen, Ihr Text hat {length} Zeichen. Es wurde nichts gespeichert.",
    "refusal.messageTooLong":
      "Die Nachricht an die antragstellende Person ist zu lang: erlaubt sind höchstens {max} Zeichen, Ihr Text hat {length} Zeichen. Es wurde nichts gespeichert.",
    "refusal.caseChanged":
      "Der Vorgang wurde inzwischen geändert (jetzt Status „{status}“, Stand {revision}). Ihre Änderung wurde nicht gespeichert. Bitte prüfen Sie den aktuellen Stand und versuchen Sie es dann erneut.",
    "refusal.caseChangedBy":
      "Der Vorgang wurde inzwischen von {name} geändert (jetzt Status „{status}“, Stand {revision}). Ihre Änderung wurde nicht gespeichert. Bitte prüfen Sie den aktuellen Stand und versuchen Sie es dann erneut.",

    // the inbox's filters (staff page, CSV export and the case list of the API)
    "refusal.filterStatusUnknown": "Den Status „{status}“ gibt es nicht.",
    "refusal.filterServiceInvalid": "Die Leistung ist ungültig.",
    "refusal.filterMunicipalityInvalid": "Die Gemeinde muss als achtstelliger Gemeindeschlüssel (AGS) angegeben werden.",
    "refusal.filterFromLabel": "Eingegangen ab",
    "refusal.filterToLabel": "Eingegangen bis",
    "refusal.filterDateInvalid": "{label} muss ein gültiges Datum sein, zum Beispiel 27.03.2026.",
    "refusal.filterDateIncomplete": "{label} braucht Tag, Monat und Jahr, zum Beispiel 27 3 2026.",
    "refusal.filterDateParts":
      "{label}: Tag und Monat sind ein- oder zweistellige Zahlen, das Jahr ist vierstellig, zum Beispiel 27 3 2026.",
    "refusal.filterDateNotExisting": "{label}: Den {date} gibt es nicht.",
    "refusal.filterRange": "{to} darf nicht vor {from} liegen.",
    "refusal.filterQueryTooLong": "Der Suchbegriff darf höchstens {max} Zeichen lang sein.",
    "refusal.filterQueryNul": "Der Suchbegriff enthält ein Nullzeichen (%00); bitte lassen Sie es weg.",
    "refusal.pageLinkInvalid": "Der Link zur nächsten Seite ist ungültig; angezeigt wird die erste Seite.",

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

    "refusal.identityId":
      "Die Kennung muss „{serviceId}“ lauten: dieser Entwurf gehört zur Leistung „{serviceId}“. Für eine andere Leistung legen Sie bitte eine neue Leistung an.",
    "refusal.identityVersionFixed":
      "Version {version} ist bereits veröffentlicht und kann nicht mehr geändert werden. Dieser Entwurf bekommt die nächste Versionsnummer: {next}.",
    "refusal.identityVersionNext": "Die Versionsnummer muss {next} sein (die nächste freie Nummer dieser Leistung).",
    "refusal.identityLevel":
      "Die Ebene muss „{level}“ bleiben: nach ihr werden auch Anträge älterer Versionen zugestellt. Für eine andere Zuständigkeit legen Sie bitte eine neue Leistung an oder nutzen Sie abweichende Zuständigkeiten.",
    "refusal.identityIdMissing": "Die Kennung „id“ fehlt oder ist ungültig. Ohne sie lässt sich der Entwurf keiner Leistung zuordnen.",
    "refusal.identityIdTaken": "Die Kennung „{serviceId}“ ist bereits vergeben.",
    "refusal.identityLevelMissing": "Die Ebene „level“ fehlt oder ist ungültig.",

    "refusal.definitionTooDeep": "Die Formulardefinition ist zu tief verschachtelt (höchstens {depth} Ebenen).",
    "refusal.incompleteForm": "Das Formular kam unvollständig an. Bitte senden Sie es erneut.",
    "refusal.retireConfirmationMissing": "Bitte bestätigen Sie, dass die Leistung eingestellt werden soll.",
    "refusal.unknownAction": "Diese Aktion gibt es nicht.",
    "refusal.definitionFileNotUtf8":
      "Die Datei ist nicht in UTF-8 kodiert. Bitte speichern Sie die Formulardefinition als UTF-8 und laden Sie sie erneut hoch.",

    // form posts of every page
    "refusal.notAForm":
      "Das Formular kam in einer unbekannten Form an (erwartet wird ein Formular, kein JSON oder Text). Bitte öffnen Sie die Seite erneut und senden Sie das Formular noch einmal.",
    "refusal.formDamaged":
      "Das Formular kam unvollständig oder beschädigt an. Bitte öffnen Sie die Seite erneut und senden Sie es noch einmal.",
    "refusal.unstorableText":
      "Die Angabe enthält ein unzulässiges Steuerzeichen (z. B. ein Nullzeichen) oder ein ungültiges Zeichen. Bitte entfernen Sie es und senden Sie die Angabe erneut.",

    // editorial: offering and routing overrides
    "refusal.municipalityNotInCounty": "Bitte wählen Sie eine Gemeinde Ihres Landkreises ({county}).",
    "refusal.municipalitiesNotInCounty":
      "Diese Angaben sind keine Gemeinden Ihres Landkreises ({county}): {given}{more}. Angeben lassen sich nur Amtliche Gemeindeschlüssel (8 Ziffern) von Gemeinden Ihres Landkreises.",
    "refusal.authorityNotInCounty": "Bitte wählen Sie eine Behörde Ihres Landkreises ({county}).",
    "refusal.overrideNotFound": "Für diese Gemeinde gibt es keine abweichende Zuständigkeit.",
    "refusal.overrideChoiceMissing": "Bitte wählen Sie eine Gemeinde und die zuständige Behörde.",

    // legal pages: accessibility feedback and operator settings (German pages, ADR 023)
    "refusal.feedbackMessageMissing": "Beschreiben Sie bitte die Barriere, auf die Sie gestoßen sind.",
    "refusal.feedbackMessageTooLong": "Ihre Nachricht ist {length} Zeichen lang. Bitte kürzen Sie sie auf höchstens {max} Zeichen.",
    "refusal.feedbackFieldTooLong": "Bitte geben Sie höchstens {max} Zeichen an.",
    "refusal.feedbackEmail": "Geben Sie eine E-Mail-Adresse wie name@beispiel.de an, oder lassen Sie das Feld leer.",
    "refusal.feedbackUnstorable": "Der Text enthält Zeichen, die wir nicht speichern können. Bitte entfernen Sie sie.",
    "refusal.feedbackNotSent": "Ihre Nachricht wurde noch nicht gesendet. Bitte prüfen Sie die markierten Angaben.",
    "refusal.feedbackRateLimited":
      "Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Nachrichten. Bitte warten Sie {minutes} Minuten, oder schreiben Sie direkt an {email}.",
    "refusal.settingRequired": "Bitte ausfüllen.",
    "refusal.settingTooLong": "Höchstens {max} Zeichen (jetzt {length}).",
    "refusal.settingUnstorable": "Der Text enthält Zeichen, die nicht gespeichert werden können.",
    "refusal.settingEmail": "Geben Sie eine E-Mail-Adresse wie barrierefreiheit@beispiel.de an.",
    "refusal.settingPostalCode": "Die Postleitzahl hat fünf Ziffern.",
    "refusal.settingVideoUrl": "Geben Sie die vollständige Adresse des Videos an, beginnend mit https://.",
    "refusal.settingPlaceholderEmail":
      "Das ist noch die Platzhalter-Adresse aus dem Entwurf. Tragen Sie vor dem Bestätigen die echte Kontaktadresse ein.",
    "refusal.settingRequiredToConfirm": "Für ein vollständiges Impressum nötig: bitte vor dem Bestätigen ausfüllen.",
    "refusal.settingsNotConfirmed": "Nicht bestätigt: bitte prüfen Sie die markierten Angaben.",
    "refusal.settingsNotSaved": "Nicht gespeichert: bitte prüfen Sie die markierten Angaben.",
    "refusal.unknownActionReload": "Unbekannte Aktion. Bitte laden Sie die Seite neu.",

    // staff accounts and login
    "refusal.ownAccount": "Sie können Ihr eigenes Konto nicht deaktivieren.",
    "refusal.accountNotFound": "Dieses Konto gibt es in Ihrer Behörde nicht oder es ist bereits deaktiviert.",
    "refusal.loginFailed": "Benutzername oder Passwort ist falsch.",
    "refusal.loginLimitUsername":
      "Zu viele Anmeldeversuche. Bitte warten Sie {wait} und versuchen Sie es dann erneut. Wenn Sie Ihr Passwort vergessen haben, wenden Sie sich an die Kontenverwaltung Ihrer Behörde.",
    "refusal.loginLimitNetwork": "Zu viele Anmeldeversuche aus Ihrem Netzwerk. Bitte warten Sie {wait} und versuchen Sie es dann erneut.",
    "refusal.loginLimitAccount":
      "Zu viele Anmeldeversuche für dieses Konto von verschiedenen Stellen. Zum Schutz ist die Anmeldung {wait} gesperrt; bitte versuchen Sie es danach erneut.",
    "refusal.waitOneMinute": "eine Minute",
    "refusal.waitMinutes": "{minutes} Minuten",

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
    "refusal.withdrawCitizenOnly":
      "Ein Vorgang im Status „{from}“ kann nicht in den Status „{to}“ wechseln: Zurückziehen kann nur die antragstellende Person selbst (auf der Seite „Stand Ihres Antrags“).",
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
    "refusal.attachmentMissing": "A file named in the application was not found. Please upload the file again.",
    "refusal.controlCharacter": "This entry contains an invalid control character.",
    "refusal.applicationHasErrors": "The application contains errors.",

    "refusal.caseNotFound": "Your authority has no such case.",
    "refusal.statusMissing": "Please choose the status the case is to move to.",
    "refusal.noteNotText": "The note must be a text.",
    "refusal.messageNotText": "The message must be a text.",
    "refusal.noteRequired": "Please write a note.",
    "refusal.revisionNotPositive": "The revision must be a positive whole number.",
    "refusal.revisionInvalid": "The revision is invalid.",
    "refusal.assigneeInvalid": "Cases can only be assigned to active clerks of your own authority.",
    "refusal.statusAlready": "The case already has the status “{status}”. {next}",
    "refusal.transitionImpossible": "A case with the status “{from}” cannot move to the status “{to}”. {next}",
    "refusal.transitionsPossible": "It can move to: {allowed}.",
    "refusal.caseClosed": "The case is closed and can no longer be changed.",
    "refusal.messageRequired": "“{status}” needs a message to the applicant: please write what they need to know or do.",
    "refusal.noteTooLong":
      "The note is too long: at most {max} characters are allowed, your text has {length} characters. Nothing has been saved.",
    "refusal.messageTooLong":
      "The message to the applicant is too long: at most {max} characters are allowed, your text has {length} characters. Nothing has been saved.",
    "refusal.caseChanged":
      "The case has been changed in the meantime (now status “{status}”, revision {revision}). Your change has not been saved. Please check the current state and try again.",
    "refusal.caseChangedBy":
      "The case has been changed by {name} in the meantime (now status “{status}”, revision {revision}). Your change has not been saved. Please check the current state and try again.",

    "refusal.filterStatusUnknown": "There is no status “{status}”.",
    "refusal.filterServiceInvalid": "The service is invalid.",
    "refusal.filterMunicipalityInvalid": "The municipality must be given as an eight-digit official municipality key (AGS).",
    "refusal.filterFromLabel": "Received from",
    "refusal.filterToLabel": "Received until",
    "refusal.filterDateInvalid": "{label} must be a valid date, for example 2026-03-27.",
    "refusal.filterDateIncomplete": "{label} needs day, month and year, for example 27 3 2026.",
    "refusal.filterDateParts": "{label}: day and month are numbers of one or two digits, the year has four digits, for example 27 3 2026.",
    "refusal.filterDateNotExisting": "{label}: there is no {date}.",
    "refusal.filterRange": "{to} must not be before {from}.",
    "refusal.filterQueryTooLong": "The search term may be at most {max} characters long.",
    "refusal.filterQueryNul": "The search term contains a null character (%00); please leave it out.",
    "refusal.pageLinkInvalid": "The link to the next page is invalid; the first page is shown.",

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

    "refusal.identityId":
      "The identifier must be “{serviceId}”: this draft belongs to the service “{serviceId}”. For another service, please create a new service.",
    "refusal.identityVersionFixed":
      "Version {version} has already been published and can no longer be changed. This draft gets the next version number: {next}.",
    "refusal.identityVersionNext": "The version number must be {next} (the next free number of this service).",
    "refusal.identityLevel":
      "The level must stay “{level}”: applications of older versions are delivered by it too. For another responsibility, please create a new service or use deviating responsibilities.",
    "refusal.identityIdMissing": "The identifier “id” is missing or invalid. Without it the draft cannot be assigned to any service.",
    "refusal.identityIdTaken": "The identifier “{serviceId}” is already taken.",
    "refusal.identityLevelMissing": "The level “level” is missing or invalid.",

    "refusal.definitionTooDeep": "The form definition is nested too deeply (at most {depth} levels).",
    "refusal.incompleteForm": "The form arrived incomplete. Please send it again.",
    "refusal.retireConfirmationMissing": "Please confirm that the service is to be retired.",
    "refusal.unknownAction": "There is no such action.",
    "refusal.definitionFileNotUtf8": "The file is not encoded in UTF-8. Please save the form definition as UTF-8 and upload it again.",

    "refusal.notAForm":
      "The form arrived in an unknown shape (a form is expected, not JSON or text). Please open the page again and send the form once more.",
    "refusal.formDamaged": "The form arrived incomplete or damaged. Please open the page again and send it once more.",
    "refusal.unstorableText":
      "The entry contains a control character that is not allowed (such as a null character) or an invalid character. Please remove it and send the entry again.",

    "refusal.municipalityNotInCounty": "Please choose a municipality of your district ({county}).",
    "refusal.municipalitiesNotInCounty":
      "These are not municipalities of your district ({county}): {given}{more}. Only official municipality keys (AGS, 8 digits) of municipalities of your district can be given.",
    "refusal.authorityNotInCounty": "Please choose an authority of your district ({county}).",
    "refusal.overrideNotFound": "This municipality has no deviating responsibility.",
    "refusal.overrideChoiceMissing": "Please choose a municipality and the responsible authority.",

    "refusal.feedbackMessageMissing": "Please describe the barrier you came across.",
    "refusal.feedbackMessageTooLong": "Your message is {length} characters long. Please shorten it to at most {max} characters.",
    "refusal.feedbackFieldTooLong": "Please give at most {max} characters.",
    "refusal.feedbackEmail": "Enter an e-mail address such as name@example.com, or leave the field empty.",
    "refusal.feedbackUnstorable": "The text contains characters we cannot store. Please remove them.",
    "refusal.feedbackNotSent": "Your message has not been sent yet. Please check the marked entries.",
    "refusal.feedbackRateLimited":
      "Very many messages came from your connection in the last hour. Please wait {minutes} minutes, or write directly to {email}.",
    "refusal.settingRequired": "Please fill in.",
    "refusal.settingTooLong": "At most {max} characters (now {length}).",
    "refusal.settingUnstorable": "The text contains characters that cannot be stored.",
    "refusal.settingEmail": "Enter an e-mail address such as accessibility@example.com.",
    "refusal.settingPostalCode": "The postcode has five digits.",
    "refusal.settingVideoUrl": "Enter the full address of the video, starting with https://.",
    "refusal.settingPlaceholderEmail":
      "This is still the placeholder address of the draft. Enter the real contact address before confirming.",
    "refusal.settingRequiredToConfirm": "Needed for a complete legal notice: please fill in before confirming.",
    "refusal.settingsNotConfirmed": "Not confirmed: please check the marked entries.",
    "refusal.settingsNotSaved": "Not saved: please check the marked entries.",
    "refusal.unknownActionReload": "Unknown action. Please reload the page.",

    "refusal.ownAccount": "You cannot disable your own account.",
    "refusal.accountNotFound": "Your authority has no such account, or it has already been disabled.",
    "refusal.loginFailed": "The user name or password is wrong.",
    "refusal.loginLimitUsername":
      "Too many sign-in attempts. Please wait {wait} and then try again. If you have forgotten your password, contact your authority's account administration.",
    "refusal.loginLimitNetwork": "Too many sign-in attempts from your network. Please wait {wait} and then try again.",
    "refusal.loginLimitAccount":
      "Too many sign-in attempts for this account from different places. For protection, signing in is blocked for {wait}; please try again afterwards.",
    "refusal.waitOneMinute": "one minute",
    "refusal.waitMinutes": "{minutes} minutes",

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
    "refusal.withdrawCitizenOnly":
      "A case with the status “{from}” cannot change to “{to}”: only the applicant can withdraw an application (on the page “Status of your application”).",
    "refusal.withdrawDecided": "A decision has already been made on this application. A decided application can no longer be withdrawn.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type RefusalTextKey = keyof (typeof refusalTexts)["de"];
