/**
 * Save and resume: issuing a resume code for a draft (optionally e-mailed through the outbox)
 * and opening a draft with one, which binds it to a new cookie token — the browser that
 * resumes gets the draft, any other browser's cookie stops working.
 */
import { outbox } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { db } from "../db.server";
import { env } from "../env.server";
import { nudgeOutbox } from "../lifecycle.server";
import { findMunicipalityByAgs } from "../municipalities.server";
import { draftForResumeCodeHash, setResumeCodeHash, bindNewToken, type DraftRecord } from "./drafts.server";
import { newResumeCode, normalizeResumeCode, isWellFormedResumeCode } from "./resume-code";
import { secretHash } from "../staff/tokens.server";
import { continuePage, wizardBase } from "../wizard/walk-position.server";

export function resumeCodeHash(code: string): string {
  return secretHash(normalizeResumeCode(code));
}

export function resumeLink(code: string): string {
  return `${env().publicUrl}/fortsetzen?code=${encodeURIComponent(code)}`;
}

/** A new code replaces the draft's previous one. E-mail: an outbox entry, sent after commit. */
export async function issueResumeCode(draft: DraftRecord, options: { email?: string; serviceTitle: string; lang: Lang }): Promise<string> {
  const code = newResumeCode();
  await setResumeCodeHash(draft.id, resumeCodeHash(code));
  if (options.email) {
    await (await db()).insert(outbox).values({
      kind: "resume-code",
      payload: {
        email: options.email,
        code,
        link: resumeLink(code),
        serviceTitle: options.serviceTitle,
        expiresAt: draft.expiresAt.toISOString(),
        lang: options.lang,
      },
    });
    nudgeOutbox();
  }
  return code;
}

export type ResumeResult = { ok: true; draft: DraftRecord; token: string; target: string } | { ok: false };

export async function redeemResumeCode(input: string): Promise<ResumeResult> {
  const normalized = normalizeResumeCode(input);
  if (!isWellFormedResumeCode(normalized)) return { ok: false };
  const draft = await draftForResumeCodeHash(secretHash(normalized));
  if (!draft) return { ok: false };
  const [municipality, page] = await Promise.all([findMunicipalityByAgs(draft.municipalityAgs), continuePage(draft)]);
  if (!municipality || page === null) return { ok: false };
  const token = await bindNewToken(draft.id);
  return { ok: true, draft, token, target: `${wizardBase(municipality.slug, draft.serviceId)}/${page}` };
}
