/**
 * Who a citizen's case is with: the service applied for (in the page's language, from the
 * version the case was filed against) and the authority responsible for it, with its contact.
 */
import { eq } from "drizzle-orm";
import { authorities, cases } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { localizeText, type Localized } from "../../lib/i18n/format";
import { db } from "../db.server";
import { authorityView, type AuthorityView } from "../municipalities.server";
import { publishedVersion } from "../services/service-versions.server";

export interface CaseParties {
  service: Localized;
  authority: AuthorityView;
}

export async function caseParties(caseId: string, lang: Lang): Promise<CaseParties> {
  const [row] = await (
    await db()
  )
    .select({ serviceId: cases.serviceId, serviceVersion: cases.serviceVersion, authority: authorities })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} vanished during the status lookup`);
  const version = await publishedVersion(row.serviceId, row.serviceVersion);
  return {
    service: version ? localizeText(version.definition.title, lang) : { text: row.serviceId, lang: "de" },
    authority: authorityView(row.authority),
  };
}
