import { categories, products, type Tx, wishlistItems } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import { requireLiveProduct } from '../catalog/live-product';
import { live, type ProductData, productFields, toProductData } from '../catalog/product';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';

export interface WishlistItem {
  productId: string;
  product: ProductData;
  addedAt: string;
}

const order = newestFirst(wishlistItems.createdAt, wishlistItems.productId);

function select(db: Tx) {
  return db
    .select({ ...productFields, addedAt: wishlistItems.createdAt })
    .from(wishlistItems)
    .innerJoin(products, eq(products.id, wishlistItems.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId));
}

type Row = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];
const toItem =
  (currency: string) =>
  (r: Row): WishlistItem => ({
    productId: r.id,
    product: toProductData(r, currency),
    addedAt: r.addedAt.toISOString(),
  });

/** Idempotent: adding a product twice keeps the first entry (and its date). */
export async function addToWishlist(
  db: Tx,
  currency: string,
  userId: string,
  productId: string,
  now: Date = new Date(),
): Promise<WishlistItem> {
  await requireLiveProduct(db, productId);
  await db.insert(wishlistItems).values({ userId, productId, createdAt: now }).onConflictDoNothing();
  const [row] = await select(db).where(
    and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId), live),
  );
  // The product was deleted between the check and the read.
  if (!row) throw notFound('Product');
  return toItem(currency)(row);
}

/** Newest first; products deleted since they were added are left out (the rows stay). */
export async function listWishlist(
  db: Tx,
  currency: string,
  userId: string,
  input: { limit: number; cursor?: string | null },
): Promise<Page<WishlistItem>> {
  return keysetPage(
    order,
    input,
    (after) => select(db).where(and(eq(wishlistItems.userId, userId), live, after)),
    toItem(currency),
    (r) => [r.addedAt, r.id],
  );
}

/** Idempotent: removing a product that is not in the wishlist is not an error. */
export async function removeFromWishlist(db: Tx, userId: string, productId: string): Promise<void> {
  if (!isId(productId)) return;
  await db.delete(wishlistItems).where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)));
}
