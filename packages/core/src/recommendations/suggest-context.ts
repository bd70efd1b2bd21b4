import { type SQL, sql } from 'drizzle-orm';
import { num } from './model';
import {
  boughtBy,
  CART_WEIGHT,
  CONTEXT_WEIGHT,
  lit,
  PAIRS_PER_SEED,
  POPULAR_POOL,
  param,
  productColumns,
  servable,
} from './suggest-query';

/** Of the user's list, the first `limit` × LIST_PER_ITEM entries are read. */
const LIST_PER_ITEM = 3;

/**
 * "Bought together" with a product (`productId`, null for none) and the
 * cart's lines (a lesser context): the answer, in three tiers, in this order:
 *   1. the context's partners (rec_item_pairs), by
 *      Σ weight × pair score (10 for the product, 2 a cart line), then
 *      sold count and id: what others bought with it;
 *   2. the first entries of the user's own list (suggest-list.ts), in its
 *      order: what suits them otherwise;
 *   3. the store's popular products, for shoppers without a list.
 * A product appears once, in its best tier; with the same rules as any
 * suggestion (never bought, out of stock, deleted, their own, in the cart
 * or the context itself) and at most ceil(limit / 2) per category first.
 * Each tier is a few index reads: the context never runs the whole model.
 */
export function contextServeQuery(): SQL {
  const { user, product: ctx, limit } = param;
  const cap = sql`ceil(${limit} / 2.0)`;
  return sql`
    WITH ctx AS (
      SELECT product_id, sum(weight) AS weight FROM (
        SELECT ${ctx} AS product_id, ${num(CONTEXT_WEIGHT)} AS weight WHERE ${ctx} IS NOT NULL
        UNION ALL SELECT product_id, ${num(CART_WEIGHT)} FROM cart_items WHERE user_id = ${user}
      ) c GROUP BY product_id
    ), partners AS (
      SELECT x.other_id AS id, sum(c.weight * x.score) AS cf,
          (array_agg(c.product_id ORDER BY c.weight * x.score DESC, c.product_id))[1] AS because
        FROM ctx c CROSS JOIN LATERAL (
          SELECT other_id, score FROM rec_item_pairs WHERE product_id = c.product_id
            ORDER BY score DESC LIMIT ${lit(PAIRS_PER_SEED)}
        ) x
        GROUP BY x.other_id
    ), listed AS (
      SELECT u.* FROM rec_user_lists l CROSS JOIN LATERAL unnest(l.product_ids, l.because_ids, l.favourite_category)
        WITH ORDINALITY AS u(id, because, favourite, ord)
        WHERE l.user_id = ${user} AND u.ord <= ${limit} * ${lit(LIST_PER_ITEM)}
    ), popular AS (
      SELECT product_id AS id, row_number() OVER (ORDER BY recent_buyers DESC, product_id) AS ord
        FROM (SELECT product_id, recent_buyers FROM rec_item_stats
          ORDER BY recent_buyers DESC, product_id LIMIT ${lit(POPULAR_POOL)}) s
    ), cand AS (
      SELECT DISTINCT ON (id) * FROM (
        SELECT id, 1 AS tier, cf, because, false AS favourite, 0::bigint AS ord FROM partners
        UNION ALL SELECT id, 2, 0, because, favourite, ord FROM listed
        UNION ALL SELECT id, 3, 0, NULL, false, ord FROM popular
      ) t ORDER BY id, tier
    ), ${boughtBy(user)}, valid AS (
      SELECT x.*, p.sold_count, row_number() OVER (
          PARTITION BY p.category_id ORDER BY x.tier, x.cf DESC, x.ord, p.sold_count DESC, x.id) AS in_category
        FROM cand x JOIN products p ON p.id = x.id
        WHERE ${servable(user)}
          AND NOT EXISTS (SELECT 1 FROM ctx WHERE ctx.product_id = p.id)
    ), chosen AS (
      SELECT * FROM valid ORDER BY (in_category > ${cap}), tier, cf DESC, ord, sold_count DESC, id LIMIT ${limit}
    )
    SELECT ${productColumns}, ch.favourite, b.name AS because,
        EXISTS (SELECT 1 FROM bought) AS history
      FROM chosen ch CROSS JOIN LATERAL (SELECT * FROM products WHERE id = ch.id OFFSET 0) p
      JOIN categories c ON c.id = p.category_id
      LEFT JOIN LATERAL (SELECT name FROM products WHERE id = ch.because OFFSET 0) b ON true
      ORDER BY (ch.in_category > ${cap}), ch.tier, ch.cf DESC, ch.ord, ch.sold_count DESC, ch.id`;
}
