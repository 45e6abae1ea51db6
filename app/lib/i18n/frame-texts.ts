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
