-- The words of the catalog, for correcting a typo word by word (packages/core/src/catalog/typos.ts).
-- COLLATE "C": a known prefix is then a byte-wise btree range on the primary key, on every server.
CREATE TABLE "search_words" (
	"word" text COLLATE "C" PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- GiST, not GIN: only GiST serves trigram distance (<->) as an ordered nearest-neighbour scan.
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);
--> statement-breakpoint
-- The words of a text: the 'simple' configuration splits and lower-cases with the same parser as
-- the 'english' one behind products.search_vector, but neither stems nor drops stopwords (so "the"
-- is a known word and never corrected into another). 40 characters is the query's word cap.
CREATE FUNCTION search_words_of(doc text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT t.lexeme FROM unnest(to_tsvector('simple', coalesce(doc, ''))) AS t
   WHERE char_length(t.lexeme) <= 40
$$;
--> statement-breakpoint
-- Once per statement with its new rows, so a bulk insert adds its words in one sorted insert
-- (concurrent writers take the new words' index entries in the same order). Words are never
-- removed here: one lingering after its last product is deleted only widens a correction.
CREATE FUNCTION products_search_words_insert() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows n, search_words_of(n.name || ' ' || coalesce(n.description, '')) AS w
     WHERE n.deleted_at IS NULL
     ORDER BY 1
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_words_insert
AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION products_search_words_insert();
--> statement-breakpoint
-- Per row for edits (transition tables cannot go with a column list, and stock or sales updates
-- must not pay for this): only a changed name or description adds words.
CREATE FUNCTION products_search_words_update() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM search_words_of(NEW.name || ' ' || coalesce(NEW.description, '')) AS w
     ORDER BY 1
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION categories_search_words() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM search_words_of(NEW.name) AS w ORDER BY 1
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_words_update
AFTER UPDATE OF name, description ON products
FOR EACH ROW WHEN (NEW.deleted_at IS NULL AND (OLD.name, OLD.description) IS DISTINCT FROM (NEW.name, NEW.description))
EXECUTE FUNCTION products_search_words_update();
--> statement-breakpoint
CREATE TRIGGER categories_search_words
AFTER INSERT OR UPDATE OF name ON categories
FOR EACH ROW EXECUTE FUNCTION categories_search_words();
--> statement-breakpoint
-- Back-fill from the catalog as it stands.
INSERT INTO search_words (word)
  SELECT w FROM products p, search_words_of(p.name || ' ' || coalesce(p.description, '')) AS w
   WHERE p.deleted_at IS NULL
  UNION
  SELECT w FROM categories c, search_words_of(c.name) AS w
  ORDER BY 1
  ON CONFLICT DO NOTHING;
