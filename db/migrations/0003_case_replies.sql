CREATE TABLE "case_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"idempotency_token" text NOT NULL,
	"message" text NOT NULL,
	"sha256" text NOT NULL,
	"lang" text DEFAULT 'de' NOT NULL,
	"receipt_pdf" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "reply_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reply_unread_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_replies" ADD CONSTRAINT "case_replies_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_replies" ADD CONSTRAINT "case_replies_event_id_case_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."case_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_replies_token_key" ON "case_replies" USING btree ("case_id","idempotency_token");--> statement-breakpoint
CREATE INDEX "case_replies_case_idx" ON "case_replies" USING btree ("case_id","created_at");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_reply_id_case_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."case_replies"("id") ON DELETE no action ON UPDATE no action;