/**
 * What a definition text says about itself, read leniently: the identity fields are needed to
 * file a draft under its service even when the rest of the text does not pass the check yet.
 * Pure; never throws.
 */
export { SERVICE_ID_PATTERN } from "../../lib/codes";
import { SERVICE_ID_PATTERN } from "../../lib/codes";

export type DefinitionIdentity = {
  id?: string;
  version?: number;
  level?: "gemeinde" | "kreis";
  title?: string;
  leikaKey?: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readIdentity(text: string): DefinitionIdentity {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {};
  }
  if (!isRecord(value)) return {};
  const identity: DefinitionIdentity = {};
  if (typeof value.id === "string" && SERVICE_ID_PATTERN.test(value.id)) identity.id = value.id;
  if (Number.isInteger(value.version) && (value.version as number) >= 1) identity.version = value.version as number;
  if (value.level === "gemeinde" || value.level === "kreis") identity.level = value.level;
  if (isRecord(value.title) && typeof value.title.de === "string" && value.title.de.trim() !== "")
    identity.title = value.title.de.trim().slice(0, 300);
  if (typeof value.leikaKey === "string" && /^99\d{12}$/.test(value.leikaKey)) identity.leikaKey = value.leikaKey;
  return identity;
}
