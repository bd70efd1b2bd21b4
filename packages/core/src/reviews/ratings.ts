import { products, ratings, type Tx, users } from '@mercato/db';
import { and, eq, sql } from 'drizzle-orm';
import { requireLiveProduct } from '../catalog/live-product';
import { AppError } from '../shared/errors';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import { authorName } from './author';
import { isVerifiedPurchase } from './verified-purchase';

export interface Rating {
  id: string;
  productId: string;
  userId: string;
  authorName: string;
  rating: number;
  review: string | null;
  verifiedPurchase: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RatingsPage extends Page<Rating> {
  average: number | null;
  count: number;
}

const ratingFields = {
  id: ratings.id,
  productId: ratings.productId,
  userId: ratings.userId,
  authorName: authorName(),
  rating: ratings.rating,
  review: ratings.review,
  verifiedPurchase: ratings.verifiedPurchase,
  createdAt: ratings.createdAt,
  updatedAt: ratings.updatedAt,
};

const order = newestFirst(ratings.createdAt, ratings.id);

type RatingRow = Omit<Rating, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

const toRating = (r: RatingRow): Rating => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * One rating per user and product: a second one replaces the first. The
 * product row is locked first, so concurrent ratings of one product apply one
 * after the other and its ratingAverage/ratingCount, recomputed in the same
 * transaction, always match the ratings table.
 */
export async function upsertRating(
  db: Tx,
  input: { userId: string; productId: string; rating: number; review?: string | null },
  now: Date = new Date(),
): Promise<Rating> {
  return db.transaction(async (tx) => {
    const product = await requireLiveProduct(tx, input.productId, { lock: true });
    // A rating is a buyer's word: the seller's own would only inflate the average.
    if (product.sellerId === input.userId) throw new AppError('FORBIDDEN', 'Sellers cannot rate their own products');
    const verifiedPurchase = await isVerifiedPurchase(tx, input.userId, input.productId);
    const [saved] = await tx
      .insert(ratings)
      .values({
        productId: input.productId,
        userId: input.userId,
        rating: input.rating,
        review: input.review ?? null,
        verifiedPurchase,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [ratings.productId, ratings.userId],
        set: {
          rating: sql`excluded.rating`,
          review: sql`excluded.review`,
          verifiedPurchase: sql`excluded.verified_purchase`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
      .returning({ id: ratings.id });
    if (!saved) throw new Error('upsert returned no row');
    await tx
      .update(products)
      .set({
        ratingAverage: sql`(SELECT coalesce(avg(${ratings.rating}), 0)::float8 FROM ${ratings} WHERE ${ratings.productId} = ${input.productId})`,
        ratingCount: sql`(SELECT count(*)::int FROM ${ratings} WHERE ${ratings.productId} = ${input.productId})`,
      })
      .where(eq(products.id, input.productId));
    const [row] = await tx
      .select(ratingFields)
      .from(ratings)
      .innerJoin(users, eq(users.id, ratings.userId))
      .where(eq(ratings.id, saved.id));
    if (!row) throw new Error('rating vanished');
    return toRating(row);
  });
}

/** Newest first, with the product's average and count. */
export async function listRatings(
  db: Tx,
  productId: string,
  input: { limit: number; cursor?: string | null },
): Promise<RatingsPage> {
  await requireLiveProduct(db, productId);
  const [page, [summary]] = await Promise.all([
    keysetPage(
      order,
      input,
      (after) =>
        db
          .select(ratingFields)
          .from(ratings)
          .innerJoin(users, eq(users.id, ratings.userId))
          .where(and(eq(ratings.productId, productId), after)),
      toRating,
      (r) => [r.createdAt, r.id],
    ),
    db
      .select({ average: products.ratingAverage, count: products.ratingCount })
      .from(products)
      .where(eq(products.id, productId)),
  ]);
  const count = summary?.count ?? 0;
  return { ...page, average: count > 0 ? round2(summary?.average ?? 0) : null, count };
}
