-- The search document of a product: name (weight A), category name (B), description (C).
-- Queries must use the same 'english' configuration (packages/core/src/catalog/search-text.ts).
CREATE FUNCTION products_search_document(name text, category_name text, description text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('english', coalesce(name, '')), 'A')
      || setweight(to_tsvector('english', coalesce(category_name, '')), 'B')
      || setweight(to_tsvector('english', coalesce(description, '')), 'C')
$$;
--> statement-breakpoint
-- Kept in the row (not a generated column) because it depends on another table's row.
CREATE FUNCTION products_search_vector_refresh() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.search_vector := products_search_document(
    NEW.name,
    (SELECT c.name FROM categories c WHERE c.id = NEW.category_id),
    NEW.description
  );
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_vector_refresh
BEFORE INSERT OR UPDATE OF name, description, category_id ON products
FOR EACH ROW EXECUTE FUNCTION products_search_vector_refresh();
--> statement-breakpoint
-- A renamed category re-indexes its products, so search by category name follows renames.
CREATE FUNCTION categories_rename_refresh_products() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE products p
     SET search_vector = products_search_document(p.name, NEW.name, p.description)
   WHERE p.category_id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER categories_rename_refresh_products
AFTER UPDATE OF name ON categories
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
EXECUTE FUNCTION categories_rename_refresh_products();
