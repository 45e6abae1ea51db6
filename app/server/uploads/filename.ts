/**
 * A citizen's file name as we store and show it: the last path part only (old browsers send
 * "C:\\Users\\…\\scan.pdf"), without control characters or bidirectional overrides (which can
 * make "rechnung\u202Efdp.exe" read as "rechnungexe.pdf"), in NFC, at most 255 characters with
 * the extension kept. React escapes it on output; this is about what a person reads.
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/g;
const MAX_LENGTH = 255;
export const FALLBACK_FILE_NAME = "datei";

export function safeFileName(raw: string): string {
  const lastPart = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = lastPart.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  if (cleaned === "") return FALLBACK_FILE_NAME;
  const characters = [...cleaned];
  if (characters.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return characters.slice(0, MAX_LENGTH - [...extension].length - 1).join("") + "…" + extension;
}
