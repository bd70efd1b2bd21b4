CREATE TABLE "rec_item_cooc" (
	"a" integer NOT NULL,
	"b" integer NOT NULL,
	"dot" double precision NOT NULL,
	"support" integer NOT NULL,
	CONSTRAINT "rec_item_cooc_a_b_pk" PRIMARY KEY("a","b")
);
--> statement-breakpoint
ALTER TABLE "rec_item_stats" ADD COLUMN "ix" integer;--> statement-breakpoint
-- A model built before this migration gets its keys and co-occurrence sums here (the rebuild's
-- query: each user's 60 strongest interests), so the incremental job can add to them at once.
UPDATE "rec_item_stats" s SET "ix" = r.n
  FROM (SELECT "product_id", row_number() OVER (ORDER BY "product_id")::int AS n FROM "rec_item_stats") r
  WHERE r."product_id" = s."product_id";--> statement-breakpoint
ALTER TABLE "rec_item_stats" ALTER COLUMN "ix" SET NOT NULL;--> statement-breakpoint
INSERT INTO "rec_item_cooc" ("a", "b", "dot", "support")
  WITH top AS (
    SELECT r."user_id", s."ix", r."weight" FROM (
      SELECT *, row_number() OVER (PARTITION BY "user_id" ORDER BY "weight" DESC, "product_id") AS rank
        FROM "rec_user_items"
    ) r JOIN "rec_item_stats" s ON s."product_id" = r."product_id" WHERE r.rank <= 60
  )
  SELECT x."ix", y."ix", sum(x."weight" * y."weight"), count(*)::int
    FROM top x JOIN top y ON y."user_id" = x."user_id" AND y."ix" <> x."ix"
    GROUP BY x."ix", y."ix";--> statement-breakpoint
CREATE UNIQUE INDEX "rec_item_stats_ix_key" ON "rec_item_stats" USING btree ("ix");
--> statement-breakpoint
CREATE TABLE "rec_recent_orders" (
	"order_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- The orders the last rebuild counted in recent_buyers (its 30-day window), approximately.
INSERT INTO "rec_recent_orders" ("order_id")
  SELECT "id" FROM "orders"
    WHERE "status" IN ('paid', 'shipped', 'delivered') AND "paid_at" >= now() - interval '30 days';
