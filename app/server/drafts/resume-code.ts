/**
 * Resume codes: twelve characters from an alphabet without look-alikes (no 0/O, 1/I), typed
 * from paper or an e-mail, shown as ABCD-EFGH-JKLM. 60 random bits; only the SHA-256 of the
 * normalised code is stored (drafts.resume_code_hash), and attempts are rate limited.
 */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const RESUME_CODE_LENGTH = 12;

export function newResumeCode(): string {
  const bytes = new Uint8Array(RESUME_CODE_LENGTH);
  crypto.getRandomValues(bytes);
  // 256 is a multiple of 32: every character is equally likely.
  const code = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return formatResumeCode(code);
}

export function formatResumeCode(normalized: string): string {
  return normalized.replace(/(.{4})(?=.)/g, "$1-");
}

/** As people type it: spaces, dashes and case do not matter. */
export function normalizeResumeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, 64);
}

export function isWellFormedResumeCode(normalized: string): boolean {
  return normalized.length === RESUME_CODE_LENGTH && [...normalized].every((character) => ALPHABET.includes(character));
}
