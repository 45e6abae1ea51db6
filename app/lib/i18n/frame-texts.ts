/**
 * The site frame's texts (header, footer, skip link) in both languages, apart from the dictionary:
 * the browser bundle carries them, so the frame reads right also on an error page whose root
 * loader failed and sent no texts.
 */
import type { Lang } from "../../engine/types";

export const frameTexts = {
  de: {
    "frame.skipLink": "Zum Inhalt springen",
    "frame.tagline": "Online-Dienste Ihrer Verwaltung in Thüringen",
    "frame.footer": "Ein Angebot der kommunalen IT-Dienstleister im Landkreis Sömmerda (KIDS) und im IT-Verbund Nordthüringen.",
    "frame.serviceNav": "Service",
    "frame.resume": "Antrag fortsetzen",
    "frame.status": "Stand abrufen",
    "frame.languageNav": "Sprache",
    "frame.accountNav": "Ihr Konto",
    "frame.signIn": "Anmelden",
    "frame.myArea": "Mein Bereich",
    "frame.signOut": "Abmelden",
    "frame.description.account": "Ihre Anträge, Rückfragen, Nachrichten und Entwürfe im Bürgerportal, wenn Sie angemeldet sind.",
    "frame.description.home":
      "Anträge bei Ihrer Gemeinde, Verwaltungsgemeinschaft oder Ihrem Landratsamt in Thüringen online stellen: Gemeinde wählen, Antrag ausfüllen, Stand abrufen.",
    "frame.description.municipality":
      "Die Online-Dienste Ihrer Gemeinde: welche Anträge Sie online stellen können und welche Behörde für Sie zuständig ist.",
    "frame.description.service":
      "Einen Antrag Schritt für Schritt online ausfüllen, prüfen und an die zuständige Behörde senden – mit Eingangsbestätigung als PDF.",
    "frame.description.status":
      "Den Bearbeitungsstand Ihres Antrags mit Vorgangsnummer und Zugangscode abrufen und die Eingangsbestätigung herunterladen.",
    "frame.description.resume": "Einen gespeicherten Online-Antrag mit Ihrem Fortsetzungscode weiter ausfüllen.",
    "frame.description.signIn": "Mit BundID oder dem Konto Ihres Landes am Bürgerportal anmelden.",
    "frame.description.legal": "Rechtliche Angaben zum Bürgerportal: Impressum, Datenschutz und Barrierefreiheit.",
    "frame.description.staff":
      "Arbeitsbereich der Sachbearbeitung im Bürgerportal: Posteingang und Vorgänge der Behörde. Nur für Mitarbeitende.",
    "frame.description.editorial":
      "Redaktion des Bürgerportals: Online-Dienste und ihre Formulare veröffentlichen und anbieten. Nur für Mitarbeitende.",
    "frame.description.easyLanguage": "Das Bürgerportal in Leichter Sprache: was Sie hier machen können und wie es geht.",
    "frame.description.signLanguage": "Informationen zum Bürgerportal in Deutscher Gebärdensprache, als Video des Betreibers.",
    "frame.operatedBy": "Betrieben von {operator}",
    "frame.legalNav": "Rechtliches und Barrierefreiheit",
    "frame.imprint": "Impressum",
    "frame.privacy": "Datenschutz",
    "frame.accessibility": "Barrierefreiheit",
    "frame.easyLanguage": "Leichte Sprache",
    "frame.signLanguage": "Gebärdensprache",
  },
  en: {
    "frame.skipLink": "Skip to content",
    "frame.tagline": "Online services of your administration in Thuringia",
    "frame.footer": "A service of the municipal IT providers in the district of Sömmerda (KIDS) and the IT-Verbund Nordthüringen.",
    "frame.serviceNav": "Services",
    "frame.resume": "Continue an application",
    "frame.status": "Check status",
    "frame.languageNav": "Language",
    "frame.accountNav": "Your account",
    "frame.signIn": "Sign in",
    "frame.myArea": "My area",
    "frame.signOut": "Sign out",
    "frame.description.account": "Your applications, queries, messages and drafts in the citizen portal while you are signed in.",
    "frame.description.home":
      "Apply online to your municipality, administrative association or district office in Thuringia: choose your municipality, fill in the form, check the status.",
    "frame.description.municipality":
      "Your municipality's online services: which applications you can make online and which authority is responsible for you.",
    "frame.description.service":
      "Fill in an application online step by step, check it and send it to the responsible authority – with a PDF receipt.",
    "frame.description.status": "Check the status of your application with its case number and access code, and download the receipt.",
    "frame.description.resume": "Continue a saved online application with your resume code.",
    "frame.description.signIn": "Sign in to the citizen portal with BundID or your Land's citizen account.",
    "frame.description.legal": "Legal information about the citizen portal: legal notice, data protection and accessibility.",
    "frame.description.staff": "Workspace of the citizen portal's clerks: the authority's inbox and cases. For staff only.",
    "frame.description.editorial":
      "Editorial area of the citizen portal: publish and offer online services and their forms. For staff only.",
    "frame.description.easyLanguage": "The citizen portal in easy-to-read German: what you can do here and how it works.",
    "frame.description.signLanguage": "Information about the citizen portal in German Sign Language, as a video by the operator.",
    "frame.operatedBy": "Operated by {operator}",
    "frame.legalNav": "Legal information and accessibility",
    "frame.imprint": "Legal notice (in German)",
    "frame.privacy": "Data protection (in German)",
    "frame.accessibility": "Accessibility (in German)",
    "frame.easyLanguage": "Easy-to-read German",
    "frame.signLanguage": "German Sign Language",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type FrameKey = keyof (typeof frameTexts)["de"];

export function frameText(lang: Lang, key: string): string | undefined {
  return (frameTexts[lang] as Record<string, string>)[key];
}
