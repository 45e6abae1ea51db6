/**
 * What a submission from the wizard records about the citizen's identity (ADR 037): the owning
 * account when signed in, the login's trust level, and which answers came unchanged from the
 * identity. A service that asks for verified values refuses answers changed after the prefill.
 */
import { getAt, parsePointer } from "../../engine/json-pointer";
import type { FormDefinition, FormValues } from "../../engine/types";
import type { DraftState } from "../drafts/draft-state";
import type { SubmissionIdentity } from "../submissions/submit.server";
import { currentCitizen } from "./citizen-session.http.server";
import { changedPrefill, unchangedPrefill } from "./identity-prefill";

export async function submissionIdentity(
  request: Request,
  definition: FormDefinition,
  state: DraftState,
  data: FormValues,
): Promise<{ ok: true; identity: SubmissionIdentity | undefined } | { ok: false; code: "identity_changed" }> {
  const citizen = await currentCitizen(request);
  const prefill = state.identityPrefill;
  const valueAt = (pointer: string) => getAt(data, parsePointer(pointer));
  if (definition.verifiedIdentityValues && changedPrefill(prefill, valueAt).length > 0) return { ok: false, code: "identity_changed" };
  if (!citizen && !prefill) return { ok: true, identity: undefined };
  return {
    ok: true,
    identity: {
      ownerAccountId: citizen?.accountId ?? null,
      trustLevel: citizen?.trustLevel ?? prefill?.trustLevel ?? null,
      prefilled: unchangedPrefill(prefill, valueAt),
    },
  };
}
