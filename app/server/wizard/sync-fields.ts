/** The fields and the address of the wizard's background sync (ADR 034), shared by browser and server. */
export const SYNC_ID = "_abgleich";
export const SYNC_BASE = "_basis";
export const SYNC_STEP = "_schritt";

export function syncAddress(base: string, stepId: string): string {
  return `${base}/abgleich?schritt=${encodeURIComponent(stepId)}`;
}
