/**
 * Custom string formats for Ajv: `date`, `date-of-birth`, `iban`, `email`.
 *
 * IMPORTANT: every function here must be self-contained (no reference to
 * module scope, no nested functions). standalone.server.ts embeds their source
 * via Function.prototype.toString into the generated browser module, which
 * must not import anything. The standalone test proves the embedded copies
 * behave the same. (This is also why isDateOfBirth repeats the calendar check.)
 * They are also hot: every validation calls them, so they avoid allocations.
 */

/** A real calendar date `YYYY-MM-DD` (RFC 3339 full-date). */
export function isDate(value: string): boolean {
  // Character codes instead of a regular expression: this runs for every date
  // of every validation, and allocating match arrays showed up in profiles.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const index of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  const year = Number(value.slice(0, 4));
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= daysInMonth;
}

/** A calendar date that is not in the future and not before 1900. */
export function isDateOfBirth(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const index of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  const year = Number(value.slice(0, 4));
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > daysInMonth) return false;
  // "Not in the future" by the local calendar day of the validating machine.
  // Years clearly in the past need no Date object (the estimate of the
  // current year from the epoch is off by at most a few days).
  const approximateYear = 1970 + Math.floor(Date.now() / 31556952000);
  if (year < approximateYear - 1) return true;
  const now = new Date();
  const thisYear = now.getFullYear();
  if (year !== thisYear) return year < thisYear;
  const thisMonth = now.getMonth() + 1;
  return month < thisMonth || (month === thisMonth && day <= now.getDate());
}

/**
 * An IBAN without spaces, upper case, with a valid ISO 13616 checksum
 * (mod 97 == 1) and, for SEPA countries, the right length.
 */
export function isIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  // Country code + length for SEPA countries: a misaligned hit is impossible
  // because letters and digits alternate in pairs.
  const sepaLengths =
    "AD24AT20BE16BG22CH21CY28CZ24DE22DK18EE20ES24FI18FR27GB22GI23GR27HR21HU28IE22IS26IT27" +
    "LI21LT20LU20LV21MC27MT31NL18NO15PL28PT25RO24SE24SI19SK24SM27VA22";
  const at = sepaLengths.indexOf(value.slice(0, 2));
  if (at >= 0 && Number(sepaLengths.slice(at + 2, at + 4)) !== value.length) return false;
  // Move the first four characters to the end; letters count as 10..35.
  // The remainder is computed digit by digit so no big integers are needed.
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (let index = 0; index < rearranged.length; index++) {
    const code = rearranged.charCodeAt(index);
    remainder = code < 65 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder === 1;
}

/**
 * An address `local@domain.tld`: the same addresses as ajv-formats' "email",
 * written so that every input can match in only one way. Its domain part
 * `[a-z0-9](?:[a-z0-9-]*[a-z0-9])?` lets `[a-z0-9-]*` and `[a-z0-9]` compete
 * for the same letters, which the pattern check (regex-safety.ts) refuses in
 * definitions; a hyphen run between letter runs says the same unambiguously.
 */
export function isEmail(value: string): boolean {
  return /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9]+(?:-+[a-z0-9]+)*(?:\.[a-z0-9]+(?:-+[a-z0-9]+)*)+$/i.test(
    value,
  );
}

/** Formats this engine adds to Ajv, by format name. */
export const customFormats = {
  date: isDate,
  "date-of-birth": isDateOfBirth,
  iban: isIban,
  email: isEmail,
} as const;

/** Every format a definition may use (the meta-schema lists the same). */
export const supportedFormats = ["date", "date-of-birth", "iban", "email", "uuid"] as const;
