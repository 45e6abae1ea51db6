/**
 * Who runs the portal where (ADR 023): each municipality and each authority names its operator;
 * pages outside any municipality belong to the portal-wide default operator.
 */
import { asc, eq, sql } from "drizzle-orm";
import { authorities, cases, municipalities, operators } from "../../../db/schema";
import { db } from "../db.server";
import { preparedPerDatabase } from "../prepared-statements.server";

export type Operator = typeof operators.$inferSelect;

export type OperatorView = {
  key: string;
  name: string;
  legalForm: string | null;
  street: string | null;
  postalCode: string | null;
  city: string;
  representative: string | null;
  email: string;
  phone: string | null;
  vatId: string | null;
  supervisoryAuthority: string | null;
  dataProtectionOfficer: string | null;
  knownLimitations: string[];
  signLanguageVideoUrl: string | null;
  portalDefault: boolean;
  /** The seeded texts still wait for the operator's confirmation. */
  draft: boolean;
  updatedAt: string;
};

export function operatorView(row: Operator): OperatorView {
  return {
    key: row.key,
    name: row.name,
    legalForm: row.legalForm,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    representative: row.representative,
    email: row.email,
    phone: row.phone,
    vatId: row.vatId,
    supervisoryAuthority: row.supervisoryAuthority,
    dataProtectionOfficer: row.dataProtectionOfficer,
    knownLimitations: row.knownLimitations
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    signLanguageVideoUrl: row.signLanguageVideoUrl,
    portalDefault: row.portalDefault,
    draft: row.confirmedAt === null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listOperators(): Promise<Operator[]> {
  return (await db()).select().from(operators).orderBy(asc(operators.name));
}

export async function operatorByKey(key: string): Promise<Operator | null> {
  const [row] = await (await db()).select().from(operators).where(eq(operators.key, key)).limit(1);
  return row ?? null;
}

/** The operator of the portal-wide pages. */
export async function defaultOperator(): Promise<Operator> {
  const [row] = await (await db()).select().from(operators).where(eq(operators.portalDefault, true)).limit(1);
  if (!row) throw new Error("No portal default operator: the seed marks one (db/seed/operators.json)");
  return row;
}

/** The operator a municipality's pages name; the default operator when none is mapped. */
export async function operatorOfMunicipality(ags: string): Promise<Operator> {
  const [row] = await (
    await db()
  )
    .select({ operator: operators })
    .from(municipalities)
    .innerJoin(operators, eq(operators.key, municipalities.operatorKey))
    .where(eq(municipalities.ags, ags))
    .limit(1);
  return row?.operator ?? defaultOperator();
}

/** The operator of a case: the one serving the municipality the case was filed for (for receipts and mails). */
export async function operatorOfCase(caseId: string): Promise<Operator | null> {
  const [row] = await (await db()).select({ ags: cases.municipalityAgs }).from(cases).where(eq(cases.id, caseId)).limit(1);
  return row ? operatorOfMunicipality(row.ags) : null;
}

/** The operator whose pages staff of an authority see. */
export async function operatorOfAuthority(authorityId: string): Promise<Operator> {
  const [row] = await (
    await db()
  )
    .select({ operator: operators })
    .from(authorities)
    .innerJoin(operators, eq(operators.key, authorities.operatorKey))
    .where(eq(authorities.id, authorityId))
    .limit(1);
  return row?.operator ?? defaultOperator();
}

// The footer of every municipality's page asks this.
const municipalityWithOperatorBySlug = preparedPerDatabase((database) =>
  database
    .select({ ags: municipalities.ags, name: municipalities.name, slug: municipalities.slug, operator: operators })
    .from(municipalities)
    .leftJoin(operators, eq(operators.key, municipalities.operatorKey))
    .where(eq(municipalities.slug, sql.placeholder("slug")))
    .limit(1)
    .prepare("municipality_with_operator"),
);

/** The operator and name of a municipality given by its address slug, in one query; null when there is none. */
export async function municipalityWithOperator(
  slug: string,
): Promise<{ ags: string; name: string; slug: string; operator: Operator } | null> {
  const [row] = await municipalityWithOperatorBySlug(await db()).execute({ slug });
  if (!row) return null;
  return { ags: row.ags, name: row.name, slug: row.slug, operator: row.operator ?? (await defaultOperator()) };
}
