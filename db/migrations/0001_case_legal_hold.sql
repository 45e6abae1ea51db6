ALTER TABLE "cases" ADD COLUMN "legal_hold_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "legal_hold_by_id" text;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_legal_hold_by_id_staff_users_id_fk" FOREIGN KEY ("legal_hold_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;