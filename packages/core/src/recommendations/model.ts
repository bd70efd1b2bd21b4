import { type SQL, sql } from 'drizzle-orm';

/**
 * The model's fixed parameters (chosen before any evaluation; see the README).
 *
 * A user's interest in a product is the sum of their signals, each decayed
 * by age with a half-life of HALF_LIFE_DAYS:
 *   paid order line (paid, shipped, delivered)  +3   the strongest: money spent
 *   rating 5 / 4                                +2 / +1
 *   rating 1 / 2                                -3   cancels a purchase: a disliked
 *                                                    product does not propagate
 *   wishlist add                                +1
 *   cart add                                    +0.5
 * capped at MAX_WEIGHT and kept when positive. Products are compared by the
 * cosine of their user vectors, shrunk by support / (support + SHRINK) so
 * pairs seen by few users count less, and kept when at least MIN_SUPPORT
 * users share them; each product keeps its TOP_PAIRS best partners.
 */
export const WEIGHTS = { purchase: 3, rating5: 2, rating4: 1, ratingLow: -3, wishlist: 1, cart: 0.5 } as const;
export const HALF_LIFE_DAYS = 120;
export const MAX_WEIGHT = 6;
export const MIN_SUPPORT = 2;
export const SHRINK = 3;
export const TOP_PAIRS = 50;
/** A heavy user's pairs come from their strongest ITEMS_PER_USER items only (bounds the rebuild). */
export const ITEMS_PER_USER = 60;
/** Popularity: distinct buyers over the last POPULAR_WINDOW_DAYS. */
export const POPULAR_WINDOW_DAYS = 30;
/** Advisory lock key shared by the rebuild and the incremental update (one writer at a time). */
export const LOCK_KEY = 0x7265_6373;

/** A constant of the model inlined as SQL text (typed by PostgreSQL as a number, never a text parameter). */
export const num = (v: number): SQL => sql.raw(`(${v})::float8`);

export const PAID_STATUSES = sql`('paid', 'shipped', 'delivered')`;

const decay = (now: Date, at: SQL) =>
  sql`power(0.5, greatest(extract(epoch FROM (${now.toISOString()}::timestamptz - ${at})), 0) / ${num(86_400 * HALF_LIFE_DAYS)})`;

/**
 * SELECT user_id, product_id, weight: the users' interests as of `now`, for
 * every user or one (`userId`).
 */
export function userInterests(now: Date, userId?: string): SQL {
  const by = (col: SQL) => (userId ? sql`AND ${col} = ${userId}::uuid` : sql``);
  return sql`
    SELECT user_id, product_id, least(sum(w), ${num(MAX_WEIGHT)})::float8 AS weight FROM (
      SELECT o.user_id, oi.product_id, ${num(WEIGHTS.purchase)} * ${decay(now, sql`coalesce(o.paid_at, o.created_at)`)} AS w
        FROM orders o JOIN order_items oi ON oi.order_id = o.id
        WHERE o.status IN ${PAID_STATUSES} ${by(sql`o.user_id`)}
      UNION ALL
      SELECT user_id, product_id,
          (CASE rating WHEN 5 THEN ${num(WEIGHTS.rating5)} WHEN 4 THEN ${num(WEIGHTS.rating4)} ELSE ${num(WEIGHTS.ratingLow)} END)
          * ${decay(now, sql`updated_at`)}
        FROM ratings WHERE rating <> 3 ${by(sql`user_id`)}
      UNION ALL
      SELECT user_id, product_id, ${num(WEIGHTS.wishlist)} * ${decay(now, sql`created_at`)}
        FROM wishlist_items WHERE true ${by(sql`user_id`)}
      UNION ALL
      SELECT user_id, product_id, ${num(WEIGHTS.cart)} * ${decay(now, sql`updated_at`)}
        FROM cart_items WHERE true ${by(sql`user_id`)}
    ) s
    GROUP BY user_id, product_id
    HAVING sum(w) > 0.01`;
}

/** The start of the popularity window, as SQL. */
export const windowStart = (now: Date): SQL =>
  sql`${new Date(now.getTime() - POPULAR_WINDOW_DAYS * 86_400_000).toISOString()}::timestamptz`;

/** SELECT product_id, buyers: every product's distinct paying buyers in the recent window. */
export function recentBuyers(now: Date): SQL {
  return sql`
    SELECT oi.product_id, count(DISTINCT o.user_id)::int AS buyers
      FROM orders o JOIN order_items oi ON oi.order_id = o.id
      WHERE o.status IN ${PAID_STATUSES} AND o.paid_at >= ${windowStart(now)}
      GROUP BY oi.product_id`;
}

/** The shrunk cosine of a pair from its dot product, support and the two norms. */
export const pairScore = (dot: SQL, support: SQL, normA: SQL, normB: SQL): SQL =>
  sql`(${dot} / nullif(${normA} * ${normB}, 0)) * ${support}::float8 / (${support} + ${num(SHRINK)})`;
