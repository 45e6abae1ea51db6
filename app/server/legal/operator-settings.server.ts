/**
 * The Portalbetrieb edits an operator's legal settings (ADR 023). "Bestätigen" clears the draft
 * mark, and is refused while the settings still hold a placeholder or a required fact is missing.
 */
import { eq } from "drizzle-orm";
import { operators } from "../../../db/schema";
import { isEmail } from "../../engine/formats";
import { hasUnstorableText } from "../../engine/unstorable-text";
import { db } from "../db.server";
import { recordAudit } from "../staff/audit.server";
import type { StaffUser } from "../staff/staff-user";
import { operatorByKey, type Operator } from "./operators.server";
import { text, worded, type Refusal, type RefusalText } from "../outcome";

export const SETTING_FIELDS = [
  "name",
  "legalForm",
  "street",
  "postalCode",
  "city",
  "representative",
  "email",
  "phone",
  "vatId",
  "supervisoryAuthority",
  "dataProtectionOfficer",
  "knownLimitations",
  "signLanguageVideoUrl",
] as const;
export type SettingField = (typeof SETTING_FIELDS)[number];
export type SettingValues = Record<SettingField, string>;
export type SettingErrors = Partial<Record<SettingField, string>>;

export type SettingsOutcome = { ok: true; confirmed: boolean } | Refusal<{ errors: SettingErrors; values: SettingValues }>;

const REQUIRED: readonly SettingField[] = ["name", "city", "email"];
/** What a confirmed Impressum must name (§ 5 DDG). */
const REQUIRED_TO_CONFIRM: readonly SettingField[] = ["street", "postalCode", "representative"];
const MAX_LENGTH: Partial<Record<SettingField, number>> = { knownLimitations: 5000, email: 254, postalCode: 5 };

export function settingValues(operator: Operator): SettingValues {
  return Object.fromEntries(SETTING_FIELDS.map((field) => [field, operator[field] ?? ""])) as SettingValues;
}

export function readSettings(form: FormData): SettingValues {
  return Object.fromEntries(
    SETTING_FIELDS.map((field) => {
      const value = form.get(field);
      return [field, typeof value === "string" ? value.trim().replace(/\r\n/g, "\n") : ""];
    }),
  ) as SettingValues;
}

/** The settings page is a staff page and German only: field errors are the catalogue's German texts. */
const german = (refusal: RefusalText) => worded(refusal).message;

export function checkSettings(values: SettingValues, confirming: boolean): SettingErrors {
  const errors: Partial<Record<SettingField, RefusalText>> = {};
  for (const field of SETTING_FIELDS) {
    const value = values[field];
    const max = MAX_LENGTH[field] ?? 500;
    if (REQUIRED.includes(field) && value === "") errors[field] = text("refusal.settingRequired");
    else if (value.length > max) errors[field] = text("refusal.settingTooLong", { max: { count: max }, length: { count: value.length } });
    else if (hasUnstorableText(value)) errors[field] = text("refusal.settingUnstorable");
  }
  if (!errors.email && !isEmail(values.email)) errors.email = text("refusal.settingEmail");
  if (!errors.postalCode && values.postalCode !== "" && !/^\d{5}$/.test(values.postalCode))
    errors.postalCode = text("refusal.settingPostalCode");
  if (!errors.signLanguageVideoUrl && values.signLanguageVideoUrl !== "" && !isHttpsUrl(values.signLanguageVideoUrl))
    errors.signLanguageVideoUrl = text("refusal.settingVideoUrl");
  if (confirming) {
    if (!errors.email && values.email.endsWith(".invalid")) errors.email = text("refusal.settingPlaceholderEmail");
    for (const field of REQUIRED_TO_CONFIRM) {
      if (!errors[field] && values[field] === "") errors[field] = text("refusal.settingRequiredToConfirm");
    }
  }
  return Object.fromEntries(Object.entries(errors).map(([field, refusal]) => [field, german(refusal)])) as SettingErrors;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

const orNull = (value: string) => (value === "" ? null : value);

/** Saves (and with "confirm" confirms) the settings; nothing is stored when a check fails. */
export async function saveSettings(user: StaffUser, key: string, form: FormData): Promise<SettingsOutcome | null> {
  const operator = await operatorByKey(key);
  if (!operator) return null;
  const intent = form.get("intent");
  const values = readSettings(form);
  if (intent !== "save" && intent !== "confirm") {
    return {
      ok: false,
      kind: "malformed",
      code: "unknown_intent",
      ...worded(text("refusal.unknownActionReload")),
      errors: {},
      values,
    };
  }
  const confirming = intent === "confirm";
  const errors = checkSettings(values, confirming);
  if (Object.keys(errors).length > 0) {
    return {
      ok: false,
      kind: "invalid",
      code: "invalid_settings",
      ...worded(text(confirming ? "refusal.settingsNotConfirmed" : "refusal.settingsNotSaved")),
      errors,
      values,
    };
  }
  const now = new Date();
  const changed = SETTING_FIELDS.filter((field) => (operator[field] ?? "") !== values[field]);
  await (
    await db()
  ).transaction(async (tx) => {
    await tx
      .update(operators)
      .set({
        name: values.name,
        city: values.city,
        email: values.email,
        knownLimitations: values.knownLimitations,
        legalForm: orNull(values.legalForm),
        street: orNull(values.street),
        postalCode: orNull(values.postalCode),
        representative: orNull(values.representative),
        phone: orNull(values.phone),
        vatId: orNull(values.vatId),
        supervisoryAuthority: orNull(values.supervisoryAuthority),
        dataProtectionOfficer: orNull(values.dataProtectionOfficer),
        signLanguageVideoUrl: orNull(values.signLanguageVideoUrl),
        updatedAt: now,
        ...(confirming ? { confirmedAt: now, confirmedById: user.id } : {}),
      })
      .where(eq(operators.key, key));
    await recordAudit(tx, {
      actorId: user.id,
      authorityId: user.authorityId,
      action: confirming ? "operator.legal-settings.confirmed" : "operator.legal-settings.saved",
      target: `operator:${key}`,
      details: { changed },
    });
  });
  return { ok: true, confirmed: confirming };
}
