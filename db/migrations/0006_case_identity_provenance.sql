ALTER TABLE "cases" ADD COLUMN "identity_trust_level" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "prefilled_from_identity" jsonb;