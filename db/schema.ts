import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** A body that operates the portal for its members: a county data centre or a cross-county IT association. */
export const regions = pgTable("regions", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind", { enum: ["landkreis", "zweckverband-it"] }).notNull(),
  operator: text("operator").notNull(),
  provenance: text("provenance").notNull(),
});

export const authorityKinds = [
  "landratsamt",
  "verwaltungsgemeinschaft",
  "erfuellende-gemeinde",
  "gemeinde",
] as const;
export type AuthorityKind = (typeof authorityKinds)[number];

/**
 * An authority that receives and processes cases: a Landratsamt, a Verwaltungsgemeinschaft,
 * an erfüllende Gemeinde or a municipality that administers itself.
 */
export const authorities = pgTable(
  "authorities",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: authorityKinds }).notNull(),
    name: text("name").notNull(),
    /** AGS of the municipality (or the county, for a Landratsamt); null for a Verwaltungsgemeinschaft. */
    ags: text("ags"),
    /** Gemeindeverband code (9 digits) of an association, when known. */
    associationCode: text("association_code"),
    regionKey: text("region_key")
      .notNull()
      .references(() => regions.key),
    countyAgs: text("county_ags").notNull(),
    /** Short, readable prefix of this authority's case numbers, e.g. "VGKOE". */
    caseNumberPrefix: text("case_number_prefix").notNull(),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    provenance: text("provenance").notNull(),
  },
  (t) => [uniqueIndex("authorities_case_number_prefix_key").on(t.caseNumberPrefix)],
);

export const counties = pgTable("counties", {
  ags: text("ags").primaryKey(),
  name: text("name").notNull(),
  regionKey: text("region_key")
    .notNull()
    .references(() => regions.key),
  landratsamtId: text("landratsamt_id")
    .notNull()
    .references(() => authorities.id),
});

export const municipalityKinds = ["stadt", "gemeinde", "landgemeinde"] as const;

export const municipalities = pgTable(
  "municipalities",
  {
    ags: text("ags").primaryKey(),
    /** Amtlicher Regionalschlüssel; null where it has not been confirmed. */
    ars: text("ars"),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    kind: text("kind", { enum: municipalityKinds }).notNull(),
    countyAgs: text("county_ags")
      .notNull()
      .references(() => counties.ags),
    administeredById: text("administered_by_id")
      .notNull()
      .references(() => authorities.id),
    /** The folded name used for umlaut-tolerant search (see municipality-search). */
    searchKey: text("search_key").notNull(),
    agsNameConfirmed: boolean("ags_name_confirmed").notNull(),
  },
  (t) => [
    uniqueIndex("municipalities_slug_key").on(t.slug),
    index("municipalities_administered_by_idx").on(t.administeredById),
  ],
);

export const services = pgTable("services", {
  id: text("id").primaryKey(),
  regionKey: text("region_key")
    .notNull()
    .references(() => regions.key),
  level: text("level", { enum: ["gemeinde", "kreis"] }).notNull(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const serviceVersions = pgTable(
  "service_versions",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    version: integer("version").notNull(),
    status: text("status", { enum: ["draft", "published", "retired"] }).notNull(),
    definition: jsonb("definition").notNull(),
    title: text("title").notNull(),
    leikaKey: text("leika_key"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.version] })],
);

/** Which municipality offers which service (the service catalogue per municipality). */
export const serviceOfferings = pgTable(
  "service_offerings",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.municipalityAgs] }),
    index("service_offerings_municipality_idx").on(t.municipalityAgs),
  ],
);

/** Explicit Zuständigkeit for a service in one municipality, overriding the level rule. */
export const routingOverrides = pgTable(
  "routing_overrides",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    municipalityAgs: text("municipality_ags")
      .notNull()
      .references(() => municipalities.ags),
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.municipalityAgs] })],
);

export const staffRoles = ["clerk", "editor", "admin"] as const;

export const staffUsers = pgTable(
  "staff_users",
  {
    id: text("id").primaryKey().default(sql`gen_random_uuid()`),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    authorityId: text("authority_id")
      .notNull()
      .references(() => authorities.id),
    roles: text("roles").array().notNull(),
    passwordHash: text("password_hash").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staff_users_username_key").on(t.username)],
);
