/**
 * Service titles in the page's language: the catalogue stores the German title; the English
 * one comes from the published definition (cached per version after its first load).
 */
import type { Lang } from "../../engine/types";
import { publishedVersion } from "../services/service-versions.server";
import { localizeText, type Localized } from "../../lib/i18n/format";

export async function localizedTitles<T extends { id: string; version: number; title: string }>(
  entries: T[],
  lang: Lang,
): Promise<Array<T & { localizedTitle: Localized }>> {
  return Promise.all(
    entries.map(async (entry) => {
      if (lang === "de") return { ...entry, localizedTitle: { text: entry.title } };
      const service = await publishedVersion(entry.id, entry.version);
      return {
        ...entry,
        localizedTitle: service ? localizeText(service.definition.title, lang) : { text: entry.title, lang: "de" as const },
      };
    }),
  );
}
