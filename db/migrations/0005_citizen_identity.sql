CREATE TABLE "citizen_login_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"protocol" text NOT NULL,
	"return_to" text NOT NULL,
	"requested_level" text,
	"code_verifier" text,
	"nonce" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saml_seen_assertions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "identity_trust_level" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "prefilled_from_identity" jsonb;--> statement-breakpoint
CREATE INDEX "citizen_login_requests_expiry_idx" ON "citizen_login_requests" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "saml_seen_assertions_expiry_idx" ON "saml_seen_assertions" USING btree ("expires_at");