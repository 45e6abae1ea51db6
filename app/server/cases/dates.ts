/** Dates as German offices read them: in Europe/Berlin, whatever the server's time zone. Pure. */

const dateTime = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso)).replace(",", "")} Uhr`;
}

/** YYYY-MM-DD of the instant's day in Germany. */
export function berlinDay(at: Date): string {
  return dayKey.format(at);
}

/** Whole calendar days (in Germany) between receipt and `now`: received today = 0. */
export function ageInDays(submittedAtIso: string, now: Date): number {
  const from = Date.parse(`${berlinDay(new Date(submittedAtIso))}T00:00:00Z`);
  const to = Date.parse(`${berlinDay(now)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** A case's age as a clerk says it: "heute", "gestern", "vor 3 Tagen". */
export function daysAgo(days: number): string {
  if (days <= 0) return "heute";
  if (days === 1) return "gestern";
  return `vor ${days} Tagen`;
}

const dateOnly = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric" });

/** The day of an instant in Germany, e.g. "04.12.2029". */
export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}
