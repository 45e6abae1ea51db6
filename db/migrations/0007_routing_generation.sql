CREATE TABLE "routing_generation" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "routing_generation_single" CHECK ("routing_generation"."single")
);
--> statement-breakpoint
-- Every change to what routes a submission raises the generation once per statement (ADR 051).
INSERT INTO "routing_generation" ("single", "value") VALUES (true, 1);
--> statement-breakpoint
CREATE FUNCTION "raise_routing_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "routing_generation" SET "value" = "value" + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "municipalities_raise_routing_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "municipalities"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
--> statement-breakpoint
CREATE TRIGGER "counties_raise_routing_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "counties"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
--> statement-breakpoint
CREATE TRIGGER "authorities_raise_routing_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorities"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
--> statement-breakpoint
CREATE TRIGGER "routing_overrides_raise_routing_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "routing_overrides"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
--> statement-breakpoint
CREATE TRIGGER "service_offerings_raise_routing_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_offerings"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
--> statement-breakpoint
-- A service routes by its level and whether it is retired.
CREATE TRIGGER "services_raise_routing_generation" AFTER INSERT OR UPDATE OF "level", "retired_at" OR DELETE OR TRUNCATE ON "services"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
--> statement-breakpoint
-- A submission without a version takes the newest published one.
CREATE TRIGGER "service_versions_raise_routing_generation" AFTER INSERT OR UPDATE OF "status" OR DELETE OR TRUNCATE ON "service_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "raise_routing_generation"();
