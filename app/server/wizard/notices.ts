/** Notices a redirect may ask a page to show (`?hinweis=…`); anything else in the URL is ignored. */
import type { MessageKey } from "../../lib/i18n/dictionary";

const NOTICES = ["reihenfolge", "entfaellt", "kein-entwurf", "eingereicht", "fortgesetzt", "uebermittlung"] as const;
export type Notice = (typeof NOTICES)[number];

export function noticeOf(url: URL): MessageKey | undefined {
  const value = url.searchParams.get("hinweis");
  return (NOTICES as readonly string[]).includes(value ?? "") ? (`notice.${value}` as MessageKey) : undefined;
}
