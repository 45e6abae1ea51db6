CREATE TABLE "operators" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"portal_default" boolean DEFAULT false NOT NULL,
	"legal_form" text,
	"street" text,
	"postal_code" text,
	"city" text NOT NULL,
	"representative" text,
	"email" text NOT NULL,
	"phone" text,
	"vat_id" text,
	"supervisory_authority" text,
	"data_protection_officer" text,
	"known_limitations" text DEFAULT '' NOT NULL,
	"sign_language_video_url" text,
	"confirmed_at" timestamp with time zone,
	"confirmed_by_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"provenance" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "authorities" ADD COLUMN "operator_key" text;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "operator_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "operators_portal_default_key" ON "operators" USING btree ("portal_default") WHERE portal_default;--> statement-breakpoint
ALTER TABLE "authorities" ADD CONSTRAINT "authorities_operator_key_operators_key_fk" FOREIGN KEY ("operator_key") REFERENCES "public"."operators"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_operator_key_operators_key_fk" FOREIGN KEY ("operator_key") REFERENCES "public"."operators"("key") ON DELETE no action ON UPDATE no action;