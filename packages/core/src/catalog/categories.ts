import { categories, products, type Tx } from '@mercato/db';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { type KeysetOrder, keysetPage } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import { uniqueViolationOf } from '../shared/pg-errors';
import { categoryNameKey, slugify } from './category-name';
import { liveIn } from './product';

export interface Category {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  productCount: number;
}

const nameTaken = () => new AppError('CONFLICT', 'A category with this name already exists');

// Live products only: a soft-deleted product no longer counts anywhere. Columns
// are written out because drizzle leaves single-table columns unqualified, and
// the outer "id" must not resolve to p.id inside the subquery; the alias
// qualifies its own columns, so the live condition is the shared one.
const p = alias(products, 'p');
const productCount = sql<number>`(
  SELECT count(*)::int FROM ${products} p WHERE p.category_id = categories.id AND ${liveIn(p)}
)`.mapWith(Number);

const categoryFields = {
  id: categories.id,
  name: categories.name,
  slug: categories.slug,
  description: categories.description,
  productCount,
};

const toCategory = (row: Category): Category => ({ ...row });

export async function getCategory(db: Tx, id: string): Promise<Category> {
  if (!isId(id)) throw notFound('Category');
  const [row] = await db.select(categoryFields).from(categories).where(eq(categories.id, id));
  if (!row) throw notFound('Category');
  return toCategory(row);
}

/** Alphabetical: the unique case-folded name is the whole key. */
const byName: KeysetOrder = { dir: 'asc', keys: [{ expr: categories.nameKey, kind: 'text' }] };

/** Ordered and paged on the unique case-folded name; the cursor carries the stored key itself. */
export async function listCategories(
  db: Tx,
  input: { limit: number; cursor?: string | null },
): Promise<Page<Category>> {
  return keysetPage(
    byName,
    input,
    (after) =>
      db
        .select({ ...categoryFields, nameKey: categories.nameKey })
        .from(categories)
        .where(after),
    ({ nameKey: _, ...c }) => toCategory(c),
    (r) => [r.nameKey],
  );
}

export async function createCategory(
  db: Tx,
  input: { name: string; description?: string | null },
  now: Date = new Date(),
): Promise<Category> {
  const id = await withFreeSlug(db, input.name, async (tx, slug) => {
    const [row] = await tx
      .insert(categories)
      .values({
        name: input.name,
        nameKey: categoryNameKey(input.name),
        slug,
        description: input.description ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: categories.id });
    return row?.id;
  });
  if (!id) throw new Error('insert returned no row');
  return getCategory(db, id);
}

/** Renames follow into search: a trigger re-indexes the category's products (migration 0003). */
export async function updateCategory(
  db: Tx,
  input: { id: string; name?: string; description?: string | null },
  now: Date = new Date(),
): Promise<Category> {
  if (!isId(input.id)) throw notFound('Category');
  const current = await getCategory(db, input.id);
  const renamed = input.name !== undefined && input.name !== current.name;
  const write = async (tx: Tx, slug: string | undefined): Promise<string | undefined> => {
    const [row] = await tx
      .update(categories)
      .set({
        ...(renamed && input.name ? { name: input.name, nameKey: categoryNameKey(input.name), slug } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        updatedAt: now,
      })
      .where(eq(categories.id, input.id))
      .returning({ id: categories.id });
    return row?.id;
  };
  const id = renamed && input.name ? await withFreeSlug(db, input.name, write) : await write(db, undefined);
  if (!id) throw notFound('Category');
  return getCategory(db, id);
}

/**
 * Runs `write` with the name's slug, or "<slug>-2", "-3"... when another
 * category already holds it ("Home & Garden" and "Home Garden"). Each attempt
 * is its own (sub)transaction so a conflict does not poison a caller's one.
 * A taken name is 409.
 */
async function withFreeSlug<T>(
  db: Tx,
  name: string,
  write: (tx: Tx, slug: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  const base = slugify(name);
  for (let n = 1; n <= 20; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    try {
      return await db.transaction((tx) => write(tx, slug));
    } catch (err) {
      const constraint = uniqueViolationOf(err);
      if (constraint === 'categories_name_key_key') throw nameTaken();
      if (constraint !== 'categories_slug_key') throw err;
    }
  }
  throw new AppError('CONFLICT', 'Too many categories share this slug');
}
