/**
 * The citizen pages' own texts (everything that does not come from a form definition or the
 * engine). German is the portal's language; English is offered as a second UI language.
 * `{name}` marks a value filled in by `translate`. Formal "Sie" throughout.
 */
import { frameTexts } from "./frame-texts";

export const de = {
  ...frameTexts.de,

  // generic
  "common.back": "Zurück",
  "common.errorPrefix": "Fehler: ",
  "common.errorSummaryTitle": "Es gibt ein Problem",
  "common.noticeTitle": "Hinweis",
  "common.or": "oder",
  "common.tooManyAttempts": "Zu viele Versuche. Bitte warten Sie {minutes} Minuten und versuchen Sie es dann erneut.",

  // choose a municipality (/)
  "index.title": "Gemeinde wählen",
  "index.searchTitle": "Suche „{query}“",
  "index.heading": "Verwaltung online erledigen",
  "index.intro":
    "Wählen Sie Ihre Gemeinde. Dann sehen Sie, welche Anträge Sie online stellen können und welche Behörde für Sie zuständig ist.",
  "index.searchLabel": "Name Ihrer Gemeinde oder Stadt",
  "index.searchRegion": "Gemeinde suchen",
  "index.searchHint": "Zum Beispiel „Sömmerda“ oder „Rastenberg“. Umlaute können Sie auch als „oe“ oder „o“ schreiben.",
  "index.searchButton": "Suchen",
  "index.noResults": "Keine Gemeinde gefunden für „{query}“",
  "index.oneResult": "1 Gemeinde gefunden",
  "index.results": "{count} Gemeinden gefunden",
  "index.noResultsAdvice": "Prüfen Sie die Schreibweise oder wählen Sie Ihre Gemeinde aus der Liste unten.",
  "index.resultDetail": "– {county}, verwaltet durch {authority}",
  "index.directory": "Alle Gemeinden nach Landkreis und Verwaltung",

  // municipality catalogue (/:gemeinde)
  "municipality.title": "{name} – Online-Dienste",
  "municipality.breadcrumb": "Brotkrumen",
  "municipality.change": "Gemeinde wechseln",
  "municipality.administration": "Ihre Verwaltung",
  "municipality.selfAdministered": "{name} hat eine eigene Verwaltung.",
  "municipality.administeredBy": "{name} wird von der {kind} verwaltet:",
  "authority.landratsamt": "Landratsamt",
  "authority.verwaltungsgemeinschaft": "Verwaltungsgemeinschaft",
  "authority.erfuellende-gemeinde": "erfüllende Gemeinde",
  "authority.gemeinde": "eigene Verwaltung",
  "municipality.services": "Online-Dienste",
  "municipality.noServices": "Für {name} gibt es noch keine Online-Dienste. Wenden Sie sich bitte direkt an Ihre Verwaltung.",
  "municipality.notFound": "Eine Gemeinde „{slug}“ kennen wir nicht. Bitte suchen Sie Ihre Gemeinde auf der Startseite.",

  // start page
  "start.back": "Zurück zu {municipality}",
  "start.requirements": "Was Sie benötigen",
  "start.fees": "Gebühren",
  "start.authority": "Wer entscheidet",
  "start.authorityText": "Über Ihren Antrag entscheidet:",
  "start.processingTime": "Wie lange es dauert",
  "start.legalBasis": "Rechtsgrundlagen",
  "start.howItWorks": "So funktioniert es",
  "start.howItWorksText":
    "Der Antrag hat mehrere Schritte. Nach jedem Schritt speichern wir Ihre Angaben. Sie können jederzeit speichern und später fortsetzen – auch auf einem anderen Gerät.",
  "start.button": "Antrag beginnen",
  "start.restart": "Neuen Antrag beginnen",
  "start.existingTitle": "Sie haben diesen Antrag bereits begonnen",
  "start.existingText": "Ihre bisherigen Angaben sind gespeichert.",
  "start.continue": "Begonnenen Antrag fortsetzen",
  "start.restartHint": "Wenn Sie neu beginnen, werden Ihre bisherigen Angaben gelöscht.",
  "start.haveCode": "Sie haben einen Fortsetzungscode? Antrag fortsetzen",
  "start.notOffered": "Diese Leistung wird in {municipality} nicht online angeboten.",

  // notices after a redirect
  "notice.reihenfolge": "Bitte beantworten Sie die Fragen der Reihe nach. Sie sind jetzt bei dem Schritt, mit dem Sie weitermachen können.",
  "notice.entfaellt": "Dieser Schritt entfällt nach Ihren bisherigen Angaben. Ihre Eingaben dort wurden nicht übernommen.",
  "notice.kein-entwurf":
    "Wir haben keinen begonnenen Antrag gefunden. Vielleicht ist er abgelaufen. Bitte beginnen Sie neu oder setzen Sie den Antrag mit Ihrem Fortsetzungscode fort.",
  "notice.eingereicht": "Dieser Antrag wurde bereits abgesendet.",
  "notice.fortgesetzt": "Willkommen zurück. Sie können Ihren Antrag hier fortsetzen.",
  "notice.uebermittlung": "Ihre Eingaben konnten nicht vollständig übertragen werden. Bitte versuchen Sie es erneut.",

  // wizard steps
  "step.progress": "Schritt {current} von {total}",
  "step.progressNav": "Fortschritt",
  "step.done": "erledigt",
  "step.current": "aktueller Schritt",
  "step.next": "Weiter",
  "step.unknown": "Diesen Schritt gibt es in diesem Antrag nicht.",
  "step.save": "Speichern und später fortsetzen",
  "step.backToReview": "Zurück zur Übersicht",
  "step.dateDay": "Tag",
  "step.dateMonth": "Monat",
  "step.dateYear": "Jahr",
  "step.dateHint": "Zum Beispiel 27 3 1980",
  "step.selectPlaceholder": "Bitte auswählen",
  "step.groupRemove": "{item} entfernen",
  "step.groupAdd": "Weiteren Eintrag hinzufügen",
  "step.groupEmpty": "Noch keine Einträge.",
  "step.fileUploaded": "Hochgeladen:",
  "step.fileRemove": "Entfernen",
  "step.fileRules": "Erlaubt sind {types}, höchstens {size} je Datei.",
  "step.fileRulesMany": "Erlaubt sind {types}, höchstens {size} je Datei und bis zu {count} Dateien.",

  // upload problems
  "upload.tooLarge": "Die Datei „{name}“ ist zu groß. Erlaubt sind höchstens {size}.",
  "upload.wrongType":
    "Die Datei „{name}“ hat keinen erlaubten Dateityp. Erlaubt sind {types}; es zählt der Inhalt der Datei, nicht ihr Name.",
  "upload.empty": "Die Datei „{name}“ ist leer. Bitte wählen Sie eine andere Datei.",
  "upload.unknown": "Eine früher hochgeladene Datei wurde nicht gefunden. Bitte laden Sie sie erneut hoch.",
  "upload.requestTooLarge": "Die Dateien sind zusammen zu groß. Erlaubt sind höchstens {size} je Sendung.",

  // review
  "review.title": "Ihre Angaben prüfen",
  "review.intro": "Bitte prüfen Sie Ihre Angaben, bevor Sie den Antrag absenden.",
  "review.change": "Ändern",
  "review.declarationTitle": "Erklärung",
  "review.declarationConfirm": "Ich bestätige diese Erklärung.",
  "review.submit": "Antrag verbindlich absenden",
  "review.failed": "Der Antrag konnte nicht abgesendet werden.",
  "review.attachmentMissing": "Eine hochgeladene Datei wurde nicht gefunden. Bitte laden Sie sie im betreffenden Schritt erneut hoch.",
  "review.notOffered":
    "Diese Leistung kann in Ihrer Gemeinde derzeit nicht online beantragt werden. Bitte wenden Sie sich an die zuständige Behörde.",
  "review.conflict": "Dieser Antrag wurde bereits mit anderen Angaben abgesendet. Bitte wenden Sie sich an die zuständige Behörde.",
  "review.tooMany":
    "Von Ihrem Anschluss wurden gerade sehr viele Anträge gesendet. Bitte warten Sie eine Minute und senden Sie den Antrag dann erneut.",

  // confirmation
  "confirm.title": "Antrag eingegangen",
  "confirm.lead": "Ihr Antrag „{service}“ ist bei der zuständigen Behörde eingegangen.",
  "confirm.caseNumber": "Ihre Vorgangsnummer",
  "confirm.accessCode": "Ihr Zugangscode",
  "confirm.accessCodeWarning":
    "Notieren Sie sich den Zugangscode jetzt. Er wird aus Sicherheitsgründen nur dieses eine Mal angezeigt. Mit Vorgangsnummer und Zugangscode sehen Sie später den Stand der Bearbeitung.",
  "confirm.accessCodeGone":
    "Der Zugangscode wurde Ihnen nach dem Absenden angezeigt und wird aus Sicherheitsgründen nicht noch einmal angezeigt.",
  "confirm.authority": "Zuständige Behörde",
  "confirm.receipt": "Eingangsbestätigung herunterladen (PDF)",
  "confirm.next": "Wie es weitergeht",
  "confirm.nextText": "Die Behörde prüft Ihren Antrag. Wenn Angaben fehlen, meldet sie sich bei Ihnen.",
  "confirm.statusLink": "Stand der Bearbeitung abrufen",

  // save and resume
  "save.title": "Speichern und später fortsetzen",
  "save.saved": "Ihre bisherigen Angaben sind gespeichert. Wir bewahren sie bis zum {date} auf und löschen sie danach.",
  "save.explain": "Mit einem Fortsetzungscode können Sie den Antrag später weiter bearbeiten, auch auf einem anderen Gerät.",
  "save.email": "E-Mail-Adresse (freiwillig)",
  "save.emailHint": "Wir schicken Ihnen den Code und einen Link zum Fortsetzen an diese Adresse.",
  "save.emailInvalid": "Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.",
  "save.create": "Fortsetzungscode erstellen",
  "save.codeTitle": "Ihr Fortsetzungscode",
  "save.codeAdvice": "Notieren Sie sich den Code. Er wird nur einmal angezeigt. Ein neuer Code ersetzt den alten.",
  "save.link": "Link zum Fortsetzen",
  "save.emailed": "Wir haben den Code an {email} geschickt.",
  "save.codeGone":
    "Ihr Fortsetzungscode wurde bereits angezeigt. Wenn Sie ihn nicht notiert haben, erstellen Sie einen neuen. Der alte Code wird dann ungültig.",
  "save.backToForm": "Zurück zum Antrag",

  // resume
  "resume.title": "Antrag fortsetzen",
  "resume.intro": "Geben Sie den Fortsetzungscode ein, den Sie beim Speichern erhalten haben.",
  "resume.label": "Fortsetzungscode",
  "resume.hint": "Zwölf Zeichen, zum Beispiel ABCD-EFGH-JKLM.",
  "resume.button": "Fortsetzen",
  "resume.missing": "Bitte geben Sie Ihren Fortsetzungscode ein.",
  "resume.unknown": "Diesen Fortsetzungscode kennen wir nicht oder er ist abgelaufen. Bitte prüfen Sie Ihre Eingabe.",

  // status
  "status.title": "Stand Ihres Antrags",
  "status.intro": "Geben Sie die Vorgangsnummer und den Zugangscode ein, die Sie nach dem Absenden erhalten haben.",
  "status.caseNumber": "Vorgangsnummer",
  "status.caseNumberHint": "Zum Beispiel VGKOE-2026-000123.",
  "status.accessCode": "Zugangscode",
  "status.accessCodeHint": "16 Zeichen, zum Beispiel ABCD-EFGH-JKLM-NPQR.",
  "status.button": "Stand abrufen",
  "status.missingCaseNumber": "Bitte geben Sie die Vorgangsnummer ein.",
  "status.missingAccessCode": "Bitte geben Sie den Zugangscode ein.",
  "status.notFound": "Vorgangsnummer oder Zugangscode stimmen nicht. Bitte prüfen Sie Ihre Eingabe.",
  "status.case": "Vorgang {caseNumber}",
  "status.current": "Aktueller Stand",
  "status.history": "Verlauf",
  "status.date": "Datum",
  "status.state": "Stand",
  "status.message": "Nachricht der Behörde",
  "status.receipt": "Eingangsbestätigung herunterladen (PDF)",
  "status.another": "Anderen Vorgang abrufen",
  "status.eingegangen": "Eingegangen",
  "status.in_bearbeitung": "In Bearbeitung",
  "status.rueckfrage": "Rückfrage der Behörde",
  "status.abgeschlossen": "Abgeschlossen",
  "status.abgelehnt": "Abgelehnt",

  // e-mails (in the language of the case or draft; the notice to an authority in German)
  "mail.signature": "Mit freundlichen Grüßen\n{authority}\n\nDiese Nachricht wurde automatisch vom Bürgerportal versandt.",
  "mail.confirmation.subject": "Eingangsbestätigung {caseNumber}: {service}",
  "mail.confirmation.body":
    "Guten Tag,\n\nIhr Antrag „{service}“ ist am {receivedAt} bei der zuständigen Behörde eingegangen:\n{authority}\n\nVorgangsnummer: {caseNumber}\n\nDen Stand der Bearbeitung und Ihre Eingangsbestätigung (PDF) finden Sie unter {statusUrl} – mit der Vorgangsnummer und dem Zugangscode, der Ihnen nach dem Absenden angezeigt wurde.",
  "mail.message.subject": "Neue Nachricht zu Ihrem Antrag {caseNumber}",
  "mail.message.body":
    "Guten Tag,\n\nzu Ihrem Antrag „{service}“ (Vorgangsnummer {caseNumber}) gibt es eine neue Nachricht{message}\n\nDen Stand der Bearbeitung sehen Sie unter {statusUrl}.",
  "mail.authorityNotice.subject": "Neuer Vorgang {caseNumber}: {service} ({municipality})",
  "mail.authorityNotice.body":
    "Im Bürgerportal ist ein neuer Antrag für Ihre Behörde eingegangen.\n\nVorgangsnummer: {caseNumber}\nLeistung: {service}\nGemeinde: {municipality}\nEingang: {receivedAt}\n\nSie bearbeiten den Vorgang unter {workspaceUrl}.",
  "mail.resume.subject": "Ihr Fortsetzungscode: {service}",
  "mail.resume.body":
    "Guten Tag,\n\nSie haben Ihren Antrag „{service}“ im Bürgerportal gespeichert.\n\nFortsetzungscode: {code}\n\nHier setzen Sie ihn fort: {link}\n\nWir bewahren Ihre Angaben bis zum {until} auf, danach werden sie gelöscht.\n\nWenn Sie diese Nachricht nicht angefordert haben, können Sie sie ignorieren.\n\nDiese Nachricht wurde automatisch vom Bürgerportal versandt.",
} as const;

export type MessageKey = keyof typeof de;

export const en: Record<MessageKey, string> = {
  ...frameTexts.en,

  "common.back": "Back",
  "common.errorPrefix": "Error: ",
  "common.errorSummaryTitle": "There is a problem",
  "common.noticeTitle": "Note",
  "common.or": "or",
  "common.tooManyAttempts": "Too many attempts. Please wait {minutes} minutes and try again.",

  "index.title": "Choose your municipality",
  "index.searchTitle": "Search “{query}”",
  "index.heading": "Deal with your administration online",
  "index.intro":
    "Choose your municipality. You will then see which applications you can make online and which authority is responsible for you.",
  "index.searchLabel": "Name of your municipality or town",
  "index.searchRegion": "Search for a municipality",
  "index.searchHint": "For example “Sömmerda” or “Rastenberg”. You can type umlauts as “oe” or “o”.",
  "index.searchButton": "Search",
  "index.noResults": "No municipality found for “{query}”",
  "index.oneResult": "1 municipality found",
  "index.results": "{count} municipalities found",
  "index.noResultsAdvice": "Check the spelling or choose your municipality from the list below.",
  "index.resultDetail": "– {county}, administered by {authority}",
  "index.directory": "All municipalities by district and administration",

  "municipality.title": "{name} – online services",
  "municipality.breadcrumb": "Breadcrumb",
  "municipality.change": "Change municipality",
  "municipality.administration": "Your administration",
  "municipality.selfAdministered": "{name} has its own administration.",
  "municipality.administeredBy": "{name} is administered by the {kind}:",
  "authority.landratsamt": "district office (Landratsamt)",
  "authority.verwaltungsgemeinschaft": "administrative association (Verwaltungsgemeinschaft)",
  "authority.erfuellende-gemeinde": "administering municipality (erfüllende Gemeinde)",
  "authority.gemeinde": "own administration",
  "municipality.services": "Online services",
  "municipality.noServices": "There are no online services for {name} yet. Please contact your administration directly.",
  "municipality.notFound": "We do not know a municipality “{slug}”. Please search for your municipality on the home page.",

  "start.back": "Back to {municipality}",
  "start.requirements": "What you need",
  "start.fees": "Fees",
  "start.authority": "Who decides",
  "start.authorityText": "Your application is decided by:",
  "start.processingTime": "How long it takes",
  "start.legalBasis": "Legal basis",
  "start.howItWorks": "How it works",
  "start.howItWorksText":
    "The application has several steps. We save your answers after every step. You can save at any time and continue later, also on another device.",
  "start.button": "Start application",
  "start.restart": "Start a new application",
  "start.existingTitle": "You have already started this application",
  "start.existingText": "Your answers so far are saved.",
  "start.continue": "Continue your application",
  "start.restartHint": "If you start again, your answers so far are deleted.",
  "start.haveCode": "Do you have a resume code? Continue an application",
  "start.notOffered": "This service is not offered online in {municipality}.",

  "notice.reihenfolge": "Please answer the questions in order. You are now at the step where you can continue.",
  "notice.entfaellt": "This step does not apply to you after your previous answers. Your entries there were not used.",
  "notice.kein-entwurf":
    "We did not find an application you started. It may have expired. Please start again or continue with your resume code.",
  "notice.eingereicht": "This application has already been sent.",
  "notice.fortgesetzt": "Welcome back. You can continue your application here.",
  "notice.uebermittlung": "Your entries could not be transmitted completely. Please try again.",

  "step.progress": "Step {current} of {total}",
  "step.progressNav": "Progress",
  "step.done": "completed",
  "step.current": "current step",
  "step.next": "Continue",
  "step.unknown": "This application has no such step.",
  "step.save": "Save and continue later",
  "step.backToReview": "Back to your answers",
  "step.dateDay": "Day",
  "step.dateMonth": "Month",
  "step.dateYear": "Year",
  "step.dateHint": "For example, 27 3 1980",
  "step.selectPlaceholder": "Please select",
  "step.groupRemove": "Remove {item}",
  "step.groupAdd": "Add another entry",
  "step.groupEmpty": "No entries yet.",
  "step.fileUploaded": "Uploaded:",
  "step.fileRemove": "Remove",
  "step.fileRules": "Allowed: {types}, up to {size} per file.",
  "step.fileRulesMany": "Allowed: {types}, up to {size} per file and up to {count} files.",

  "upload.tooLarge": "The file “{name}” is too large. The limit is {size}.",
  "upload.wrongType":
    "The file “{name}” is not of an allowed type. Allowed are {types}; what counts is the content of the file, not its name.",
  "upload.empty": "The file “{name}” is empty. Please choose another file.",
  "upload.unknown": "A file you uploaded earlier was not found. Please upload it again.",
  "upload.requestTooLarge": "The files are too large together. The limit is {size} per upload.",

  "review.title": "Check your answers",
  "review.intro": "Please check your answers before you send the application.",
  "review.change": "Change",
  "review.declarationTitle": "Declaration",
  "review.declarationConfirm": "I confirm this declaration.",
  "review.submit": "Send application",
  "review.failed": "The application could not be sent.",
  "review.attachmentMissing": "An uploaded file was not found. Please upload it again in the step it belongs to.",
  "review.notOffered":
    "This service cannot be applied for online in your municipality at the moment. Please contact the responsible authority.",
  "review.conflict": "This application was already sent with other answers. Please contact the responsible authority.",
  "review.tooMany": "Very many applications were just sent from your connection. Please wait a minute and then send the application again.",

  "confirm.title": "Application received",
  "confirm.lead": "Your application “{service}” has been received by the responsible authority.",
  "confirm.caseNumber": "Your case number",
  "confirm.accessCode": "Your access code",
  "confirm.accessCodeWarning":
    "Write down the access code now. For your security it is shown only this once. With the case number and the access code you can check the status later.",
  "confirm.accessCodeGone": "Your access code was shown to you after sending and, for your security, is not shown again.",
  "confirm.authority": "Responsible authority",
  "confirm.receipt": "Download receipt (PDF)",
  "confirm.next": "What happens next",
  "confirm.nextText": "The authority checks your application. If anything is missing, it will contact you.",
  "confirm.statusLink": "Check the status of your application",

  "save.title": "Save and continue later",
  "save.saved": "Your answers so far are saved. We keep them until {date} and delete them afterwards.",
  "save.explain": "With a resume code you can continue the application later, also on another device.",
  "save.email": "Email address (optional)",
  "save.emailHint": "We send the code and a link to continue to this address.",
  "save.emailInvalid": "Enter an email address in the format name@example.com.",
  "save.create": "Create resume code",
  "save.codeTitle": "Your resume code",
  "save.codeAdvice": "Write down the code. It is shown only once. A new code replaces the old one.",
  "save.link": "Link to continue",
  "save.emailed": "We have sent the code to {email}.",
  "save.codeGone":
    "Your resume code has already been shown. If you did not write it down, create a new one. The old code then stops working.",
  "save.backToForm": "Back to the application",

  "resume.title": "Continue an application",
  "resume.intro": "Enter the resume code you received when you saved your application.",
  "resume.label": "Resume code",
  "resume.hint": "Twelve characters, for example ABCD-EFGH-JKLM.",
  "resume.button": "Continue",
  "resume.missing": "Enter your resume code.",
  "resume.unknown": "We do not know this resume code or it has expired. Please check it.",

  "status.title": "Status of your application",
  "status.intro": "Enter the case number and the access code you received after sending your application.",
  "status.caseNumber": "Case number",
  "status.caseNumberHint": "For example VGKOE-2026-000123.",
  "status.accessCode": "Access code",
  "status.accessCodeHint": "16 characters, for example ABCD-EFGH-JKLM-NPQR.",
  "status.button": "Check status",
  "status.missingCaseNumber": "Enter the case number.",
  "status.missingAccessCode": "Enter the access code.",
  "status.notFound": "The case number or the access code is not correct. Please check your entries.",
  "status.case": "Case {caseNumber}",
  "status.current": "Current status",
  "status.history": "History",
  "status.date": "Date",
  "status.state": "Status",
  "status.message": "Message from the authority",
  "status.receipt": "Download receipt (PDF)",
  "status.another": "Check another case",
  "status.eingegangen": "Received",
  "status.in_bearbeitung": "In progress",
  "status.rueckfrage": "Query from the authority",
  "status.abgeschlossen": "Completed",
  "status.abgelehnt": "Rejected",

  "mail.signature": "Kind regards\n{authority}\n\nThis message was sent automatically by the Bürgerportal.",
  "mail.confirmation.subject": "Confirmation of receipt {caseNumber}: {service}",
  "mail.confirmation.body":
    "Hello,\n\nyour application “{service}” reached the authority responsible on {receivedAt}:\n{authority}\n\nCase number: {caseNumber}\n\nYou can see how it is progressing and download your confirmation of receipt (PDF) at {statusUrl} – with the case number and the access code shown to you after you submitted.",
  "mail.message.subject": "New message about your application {caseNumber}",
  "mail.message.body":
    "Hello,\n\nthere is a new message about your application “{service}” (case number {caseNumber}){message}\n\nYou can see how it is progressing at {statusUrl}.",
  "mail.authorityNotice.subject": "New case {caseNumber}: {service} ({municipality})",
  "mail.authorityNotice.body":
    "A new application for your authority has arrived in the Bürgerportal.\n\nCase number: {caseNumber}\nService: {service}\nMunicipality: {municipality}\nReceived: {receivedAt}\n\nYou process the case at {workspaceUrl}.",
  "mail.resume.subject": "Your resume code: {service}",
  "mail.resume.body":
    "Hello,\n\nyou saved your application “{service}” in the Bürgerportal.\n\nResume code: {code}\n\nContinue here: {link}\n\nWe keep your answers until {until}; after that they are deleted.\n\nIf you did not ask for this message, you can ignore it.\n\nThis message was sent automatically by the Bürgerportal.",
};
