/**
 * What a draft stores in `drafts.snapshot`: the form machine's persisted state (only answers
 * that passed their step), plus answers typed on a page but not accepted yet — saved for later,
 * refused by validation, or a repeating group grown by "add" — so nothing typed is lost and a
 * resumed draft opens with exactly what the citizen saw. Pure: the browser never sees it whole.
 */
import type { FormValues } from "../../engine/types";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { isTrustLevel } from "../citizen-account/identity";
import type { IdentityPrefill } from "../citizen-account/identity-prefill";

/** A problem the engine cannot know about (an upload refused by type or size), shown at a field. */
export interface StoredIssue {
  pointer: string;
  key: MessageKey;
  values: Record<string, string | number>;
}

export interface PendingStep {
  data: FormValues;
  issues?: StoredIssue[];
}

export interface DraftState {
  /** The engine's persisted machine state (restoreState checks it). */
  machine: unknown;
  /** Unaccepted answers by step id. */
  pending: Record<string, PendingStep>;
  /** The access code was shown on the confirmation page; it is never shown twice. */
  accessCodeShown?: boolean;
  /** Answers the citizen took from their identity, to record on the case (ADR 037). */
  identityPrefill?: IdentityPrefill;
  /** Counts every stored change: a browser syncing in the background names the one it builds on. */
  revision?: number;
  /** The last background sync applied, so a repeated one is answered again, not applied twice. */
  lastSync?: { id: string; revision: number };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readIssues(value: unknown): StoredIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const issues = value.filter(
    (issue): issue is StoredIssue =>
      isRecord(issue) && typeof issue.pointer === "string" && typeof issue.key === "string" && isRecord(issue.values),
  );
  return issues.length > 0 ? issues : undefined;
}

/** The stored JSON as a DraftState; malformed pending entries are dropped, the machine is checked later. */
export function readDraftState(stored: unknown): DraftState {
  if (!isRecord(stored) || !("machine" in stored)) return { machine: stored, pending: {} };
  const pending: Record<string, PendingStep> = {};
  if (isRecord(stored.pending)) {
    for (const [stepId, entry] of Object.entries(stored.pending)) {
      if (isRecord(entry) && isRecord(entry.data)) pending[stepId] = { data: entry.data, issues: readIssues(entry.issues) };
    }
  }
  const revision = Number.isSafeInteger(stored.revision) && (stored.revision as number) >= 0 ? (stored.revision as number) : 0;
  const lastSync =
    isRecord(stored.lastSync) && typeof stored.lastSync.id === "string" && Number.isSafeInteger(stored.lastSync.revision)
      ? { id: stored.lastSync.id, revision: stored.lastSync.revision as number }
      : undefined;
  return {
    machine: stored.machine,
    pending,
    accessCodeShown: stored.accessCodeShown === true,
    ...(readPrefill(stored.identityPrefill) ? { identityPrefill: readPrefill(stored.identityPrefill) } : {}),
    ...(revision > 0 ? { revision } : {}),
    ...(lastSync ? { lastSync } : {}),
  };
}

function readPrefill(value: unknown): IdentityPrefill | undefined {
  if (!isRecord(value) || !isTrustLevel(value.trustLevel) || !isRecord(value.values)) return undefined;
  const values = Object.fromEntries(
    Object.entries(value.values).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  return { trustLevel: value.trustLevel, values };
}

export function withPending(state: DraftState, stepId: string, entry: PendingStep | undefined): DraftState {
  const pending = { ...state.pending };
  if (entry) pending[stepId] = entry;
  else delete pending[stepId];
  return { ...state, pending };
}
