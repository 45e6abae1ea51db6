CREATE TABLE "citizen_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"subject_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizen_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"trust_level" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "owner_account_id" uuid;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "owner_account_id" uuid;--> statement-breakpoint
ALTER TABLE "citizen_sessions" ADD CONSTRAINT "citizen_sessions_account_id_citizen_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."citizen_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_accounts_subject_key" ON "citizen_accounts" USING btree ("provider","subject_hash");--> statement-breakpoint
CREATE INDEX "citizen_sessions_account_idx" ON "citizen_sessions" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_account_id_citizen_accounts_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."citizen_accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_owner_account_id_citizen_accounts_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."citizen_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_owner_idx" ON "cases" USING btree ("owner_account_id","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "drafts_owner_idx" ON "drafts" USING btree ("owner_account_id");