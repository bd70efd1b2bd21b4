CREATE TABLE "rec_item_pairs" (
	"product_id" uuid NOT NULL,
	"other_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"support" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rec_item_pairs_product_id_other_id_pk" PRIMARY KEY("product_id","other_id")
);
--> statement-breakpoint
CREATE TABLE "rec_item_stats" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"category_id" uuid NOT NULL,
	"norm" double precision NOT NULL,
	"users" integer NOT NULL,
	"recent_buyers" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_user_items" (
	"user_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"weight" double precision NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rec_user_items_user_id_product_id_pk" PRIMARY KEY("user_id","product_id")
);
--> statement-breakpoint
CREATE INDEX "rec_item_pairs_serving_idx" ON "rec_item_pairs" USING btree ("product_id","score" DESC,"other_id");--> statement-breakpoint
CREATE INDEX "rec_item_stats_popular_idx" ON "rec_item_stats" USING btree ("recent_buyers" DESC,"product_id");--> statement-breakpoint
CREATE INDEX "rec_item_stats_category_popular_idx" ON "rec_item_stats" USING btree ("category_id","recent_buyers" DESC,"product_id");--> statement-breakpoint
CREATE INDEX "rec_user_items_product_idx" ON "rec_user_items" USING btree ("product_id","user_id","weight");