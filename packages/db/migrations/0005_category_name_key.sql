-- Case-insensitive category names by the application's Unicode case folding
-- (NFKC, then upper, then lower: "straße" and "STRASSE" collide), because
-- lower() follows the database's locale and folds only ASCII under "C". The key
-- is compared byte-wise (COLLATE "C") so the list order and its cursors are the
-- same on every server, whatever its default collation.
DROP INDEX "categories_name_lower_key";--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "name_key" text COLLATE "C";--> statement-breakpoint
UPDATE "categories" SET "name_key" = lower(upper(normalize("name", NFKC)));--> statement-breakpoint
ALTER TABLE "categories" ALTER COLUMN "name_key" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_name_key_key" ON "categories" USING btree ("name_key");
