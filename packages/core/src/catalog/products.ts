import { categories, products, type Tx } from '@mercato/db';
import { and, eq, sql } from 'drizzle-orm';
import { AppError, FieldError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import type { Page } from '../shared/pagination';
import { isForeignKeyViolation } from '../shared/pg-errors';
import { plainRows, preparedOn } from '../shared/prepared';
import type { Role } from '../users/roles';
import { requireLiveProduct } from './live-product';
import { live, type ProductData, type ProductSort, productFields, toProductData } from './product';
import { searchProducts } from './search';

export interface ProductInput {
  name: string;
  description?: string | null;
  priceCents: number;
  stock: number;
  categoryId: string;
  imageUrl?: string | null;
}

export interface Actor {
  id: string;
  role: Role;
}

const unknownCategory = () => new FieldError('categoryId', 'Unknown category');
const CATEGORY_FK = 'products_category_id_categories_id_fk';

/** A live product; a soft-deleted or unknown one (or a malformed id) is 404. */
export async function getProduct(db: Tx, currency: string, id: string): Promise<ProductData> {
  if (!isId(id)) throw notFound('Product');
  const query = preparedOn(db, 'product_by_id', (d) =>
    d
      .select(productFields)
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(and(eq(products.id, sql.placeholder('id')), live))
      .prepare('product_by_id'),
  );
  const [row] = await plainRows(query, { id });
  if (!row) throw notFound('Product');
  return toProductData(row, currency);
}

export function listProducts(
  db: Tx,
  currency: string,
  input: { limit: number; cursor?: string | null; categoryId?: string; sort?: ProductSort },
): Promise<Page<ProductData>> {
  return searchProducts(db, currency, input);
}

export async function createProduct(
  db: Tx,
  currency: string,
  sellerId: string,
  input: ProductInput,
  now: Date = new Date(),
): Promise<ProductData> {
  if (!isId(input.categoryId)) throw unknownCategory();
  try {
    const [row] = await db
      .insert(products)
      .values({
        sellerId,
        categoryId: input.categoryId,
        name: input.name,
        description: input.description ?? null,
        priceCents: input.priceCents,
        stock: input.stock,
        imageUrl: input.imageUrl ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: products.id });
    if (!row) throw new Error('insert returned no row');
    return await getProduct(db, currency, row.id);
  } catch (err) {
    if (isForeignKeyViolation(err, CATEGORY_FK)) throw unknownCategory();
    throw err;
  }
}

/**
 * Locks the live product and checks that the actor may change it: an admin,
 * or the seller who owns it (another seller is 403; products are public, so
 * their existence is no secret).
 */
async function lockOwned(tx: Tx, actor: Actor, id: string): Promise<void> {
  if (!isId(id)) throw notFound('Product');
  const [row] = await tx
    .select({ sellerId: products.sellerId })
    .from(products)
    .where(and(eq(products.id, id), live))
    .for('update');
  if (!row) throw notFound('Product');
  if (actor.role !== 'admin' && row.sellerId !== actor.id) {
    throw new AppError('FORBIDDEN', 'Only an admin or the seller who owns this product may change it');
  }
}

export async function updateProduct(
  db: Tx,
  currency: string,
  actor: Actor,
  id: string,
  patch: Partial<ProductInput>,
  now: Date = new Date(),
): Promise<ProductData> {
  if (patch.categoryId !== undefined && !isId(patch.categoryId)) {
    await db.transaction((tx) => lockOwned(tx, actor, id));
    throw unknownCategory();
  }
  try {
    return await db.transaction(async (tx) => {
      await lockOwned(tx, actor, id);
      const set: Partial<typeof products.$inferInsert> = {};
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.priceCents !== undefined) set.priceCents = patch.priceCents;
      if (patch.stock !== undefined) set.stock = patch.stock;
      if (patch.categoryId !== undefined) set.categoryId = patch.categoryId;
      if (patch.imageUrl !== undefined) set.imageUrl = patch.imageUrl;
      if (Object.keys(set).length > 0) {
        await tx
          .update(products)
          .set({ ...set, updatedAt: now })
          .where(eq(products.id, id));
      }
      return getProduct(tx, currency, id);
    });
  } catch (err) {
    if (isForeignKeyViolation(err, CATEGORY_FK)) throw unknownCategory();
    throw err;
  }
}

/** Soft delete: reads, search and wishlists stop showing it; rows that reference it stay intact. */
export async function deleteProduct(db: Tx, actor: Actor, id: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOwned(tx, actor, id);
    await tx.update(products).set({ deletedAt: now, updatedAt: now }).where(eq(products.id, id));
  });
}

/**
 * Moves stock by `delta` in one conditional UPDATE: it applies only if the
 * result stays >= 0 (the CHECK constraint is the backstop), so concurrent
 * callers can never oversell. Answers the new stock; 409 when short.
 */
export async function adjustStock(db: Tx, productId: string, delta: number, now: Date = new Date()): Promise<number> {
  if (!isId(productId)) throw notFound('Product');
  if (!Number.isInteger(delta)) throw new AppError('BAD_REQUEST', 'Stock changes are whole units');
  const [row] = await db
    .update(products)
    .set({ stock: sql`${products.stock} + ${delta}`, updatedAt: now })
    .where(and(eq(products.id, productId), live, sql`${products.stock} + ${delta} >= 0`))
    .returning({ stock: products.stock });
  if (row) return row.stock;
  await requireLiveProduct(db, productId);
  throw new AppError('CONFLICT', 'Not enough stock');
}
