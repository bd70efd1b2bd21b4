-- Impact-ordered postings of products.search_vector (packages/core/src/catalog/search-postings.ts).
-- COLLATE "C": a tsquery prefix matches lexemes byte-wise, so a prefix is a btree range here too.
CREATE TABLE "product_search_postings" (
	"lexeme" text COLLATE "C" NOT NULL,
	"score" real NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "product_search_postings_lexeme_score_product_id_pk" PRIMARY KEY("lexeme","score","product_id")
);
--> statement-breakpoint
-- Each lexeme of a vector with ts_rank of the vector for that lexeme alone: the rank of a one-term
-- tsquery (a prefix one too, when the vector has a single lexeme with that prefix) is exactly this
-- score, computed by ts_rank itself so the float4 arithmetic is the same. The operand is quoted as
-- tsquery input wants ('' for a quote, \\ for a backslash), so no lexeme is read as syntax.
CREATE FUNCTION products_search_postings_of(v tsvector) RETURNS TABLE(lexeme text, score real)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT u.lexeme, ts_rank(v, ('''' || replace(replace(u.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery)
    FROM unnest(v) AS u
$$;
--> statement-breakpoint
-- Once per statement with its new rows (a bulk insert adds its postings in one sorted insert).
CREATE FUNCTION products_search_postings_insert() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO product_search_postings (lexeme, score, product_id)
    SELECT o.lexeme, o.score, n.id FROM new_rows n, products_search_postings_of(n.search_vector) AS o
     WHERE n.deleted_at IS NULL
     ORDER BY 1, 2, 3;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_postings_insert
AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION products_search_postings_insert();
--> statement-breakpoint
-- Per row for edits, deletion marks and category renames (whose UPDATE sets search_vector): only
-- the postings that differ are deleted (found by their full key, recomputed from the old vector)
-- and inserted. A BEFORE trigger rewrites search_vector without naming it, hence the column list
-- of everything that can change it, and the WHEN on the final row.
CREATE FUNCTION products_search_postings_update() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  DELETE FROM product_search_postings s
   USING (SELECT o.lexeme, o.score, OLD.id AS id FROM products_search_postings_of(OLD.search_vector) AS o
           WHERE OLD.deleted_at IS NULL
          EXCEPT
          SELECT o.lexeme, o.score, NEW.id FROM products_search_postings_of(NEW.search_vector) AS o
           WHERE NEW.deleted_at IS NULL) AS d
   WHERE s.lexeme = d.lexeme AND s.score = d.score AND s.product_id = d.id;
  INSERT INTO product_search_postings (lexeme, score, product_id)
    SELECT o.lexeme, o.score, NEW.id FROM products_search_postings_of(NEW.search_vector) AS o
     WHERE NEW.deleted_at IS NULL
    EXCEPT
    SELECT o.lexeme, o.score, OLD.id FROM products_search_postings_of(OLD.search_vector) AS o
     WHERE OLD.deleted_at IS NULL
    ORDER BY 1, 2, 3;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_postings_update
AFTER UPDATE OF name, description, category_id, search_vector, deleted_at ON products
FOR EACH ROW
WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector OR OLD.id IS DISTINCT FROM NEW.id
      OR (OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL))
EXECUTE FUNCTION products_search_postings_update();
--> statement-breakpoint
CREATE FUNCTION products_search_postings_delete() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  DELETE FROM product_search_postings s
   USING products_search_postings_of(OLD.search_vector) AS o
   WHERE OLD.deleted_at IS NULL AND s.lexeme = o.lexeme AND s.score = o.score AND s.product_id = OLD.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_postings_delete
AFTER DELETE ON products
FOR EACH ROW EXECUTE FUNCTION products_search_postings_delete();
--> statement-breakpoint
-- The one lexeme of the catalog that a one-term prefix tsquery matches, or NULL when the query is
-- anything else (several terms, an operator, no term) or its prefix matches no lexeme or several.
-- Two probes of the primary key: the first lexeme at or after the prefix, and the one after it.
CREATE FUNCTION product_search_sole_lexeme(q tsquery) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT f.lexeme
    FROM (SELECT substring(q::text FROM '^''([^''\\]*)'':\*$') AS prefix WHERE numnode(q) = 1) AS t
   CROSS JOIN LATERAL (
     SELECT s.lexeme FROM product_search_postings s
      WHERE s.lexeme >= t.prefix ORDER BY s.lexeme LIMIT 1) AS f
   WHERE starts_with(f.lexeme, t.prefix)
     AND NOT EXISTS (
       SELECT 1 FROM (SELECT s.lexeme FROM product_search_postings s
                       WHERE s.lexeme > f.lexeme ORDER BY s.lexeme LIMIT 1) AS g
        WHERE starts_with(g.lexeme, t.prefix))
$$;
--> statement-breakpoint
-- Back-fill from the catalog as it stands, in key order.
INSERT INTO product_search_postings (lexeme, score, product_id)
  SELECT o.lexeme, o.score, p.id FROM products p, products_search_postings_of(p.search_vector) AS o
   WHERE p.deleted_at IS NULL
   ORDER BY 1, 2, 3;
