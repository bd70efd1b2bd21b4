import { type SQL, sql } from 'drizzle-orm';
import { num, PAID_STATUSES } from './model';

/** An integer constant of the query's text (a LIMIT), never a parameter. */
export const lit = (v: number): SQL => sql.raw(String(Math.trunc(v)));

/** Serving parameters, fixed with the model's (see model.ts and the README). */
const SEEDS = 20;
/** Partners a seed contributes: all it keeps (model.ts TOP_PAIRS). */
export const PAIRS_PER_SEED = 50;
const CF_POOL = 200;
/** A cart line's weight as a seed; a context product weighs CONTEXT_WEIGHT (suggest-context.ts). */
export const CART_WEIGHT = 2;
export const CONTEXT_WEIGHT = 10;
const AFFINITY = 0.3;
const SELLER_AFFINITY = 0.1;
const POPULARITY = 0.05;
const CATEGORY_POOL = 30;
export const POPULAR_POOL = 60;

/**
 * The candidates of one user, scored, as the CTEs of a statement (`scored`
 * last). It gathers the partners of the user's strongest interests and
 * cart lines (when `withCart`); the popular products of their three
 * favourite categories; the store's popular products. It drops
 * what may never be suggested and scores the rest:
 *
 *   personalized: cf / max cf + 0.3 × category affinity × pop + 0.1 × seller affinity × pop + 0.05 × pop
 *   cold start:   pop          (pop = recent buyers / max recent buyers among the candidates)
 *
 * scoring as personalized when the caller has paid orders or any candidate
 * has co-occurrence (a cart line); `history` says the former.
 * Its text is fixed (every value a placeholder of `param`), so it runs as a prepared statement.
 */
export function scoredCandidates(): SQL {
  const { user, withCart: cart } = param;
  return sql`
    -- Sums are taken in numeric: float8 sums depend on the order rows arrive in, which differs
    -- between plans, so the list's statement and this one could rank near-ties differently.
    WITH seeds AS (
      (SELECT product_id, weight FROM rec_user_items WHERE user_id = ${user}
        ORDER BY weight DESC, product_id LIMIT ${lit(SEEDS)})
      UNION ALL SELECT product_id, ${num(CART_WEIGHT)} FROM cart_items WHERE user_id = ${user} AND ${cart}
    ), seed AS (SELECT product_id, sum(weight::numeric)::float8 AS weight FROM seeds GROUP BY product_id),
    mine AS (
      -- OFFSET 0 keeps these as primary-key lookups for the user's few rows (a generic plan would hash the catalog).
      SELECT p.category_id, p.seller_id, u.weight FROM rec_user_items u
        CROSS JOIN LATERAL (SELECT category_id, seller_id FROM products WHERE id = u.product_id OFFSET 0) p
        WHERE u.user_id = ${user}
    ), total AS (SELECT sum(weight::numeric) AS weight FROM mine),
    cats AS (
      SELECT category_id, (sum(weight::numeric) / (SELECT weight FROM total))::float8 AS aff FROM mine
        GROUP BY category_id ORDER BY 2 DESC, 1 LIMIT 3
    ), sellers AS (
      SELECT seller_id, (sum(weight::numeric) / (SELECT weight FROM total))::float8 AS aff FROM mine GROUP BY seller_id
    ), cf AS (
      SELECT x.other_id AS id, sum((s.weight * x.score)::numeric)::float8 AS cf,
          (array_agg(s.product_id ORDER BY s.weight * x.score DESC, s.product_id))[1] AS because
        FROM seed s CROSS JOIN LATERAL (
          SELECT other_id, score FROM rec_item_pairs WHERE product_id = s.product_id
            ORDER BY score DESC LIMIT ${lit(PAIRS_PER_SEED)}
        ) x
        GROUP BY x.other_id ORDER BY 2 DESC, 1 LIMIT ${lit(CF_POOL)}
    ), cand AS (
      SELECT id FROM cf
      UNION SELECT x.product_id FROM cats c CROSS JOIN LATERAL (
        SELECT product_id FROM rec_item_stats WHERE category_id = c.category_id
          ORDER BY recent_buyers DESC, product_id LIMIT ${lit(CATEGORY_POOL)}) x
      UNION (SELECT product_id FROM rec_item_stats ORDER BY recent_buyers DESC, product_id LIMIT ${lit(POPULAR_POOL)})
      UNION (SELECT id FROM products WHERE deleted_at IS NULL ORDER BY sold_count DESC, id DESC LIMIT ${lit(POPULAR_POOL)})
    ), terms AS (
      SELECT p.id, p.category_id, p.sold_count, coalesce(cf.cf, 0)::float8 AS cf, cf.because,
          coalesce(ca.aff, 0)::float8 AS cat_aff, coalesce(se.aff, 0)::float8 AS seller_aff,
          coalesce(st.recent_buyers, 0)::float8 AS recent
        FROM cand JOIN products p ON p.id = cand.id
        LEFT JOIN cf ON cf.id = p.id
        LEFT JOIN cats ca ON ca.category_id = p.category_id LEFT JOIN sellers se ON se.seller_id = p.seller_id
        LEFT JOIN rec_item_stats st ON st.product_id = p.id
        WHERE p.deleted_at IS NULL AND p.stock > 0 AND p.seller_id <> ${user}
          AND NOT EXISTS (
            SELECT 1 FROM orders o JOIN order_items oi ON oi.order_id = o.id
              WHERE o.user_id = ${user} AND o.status IN ${PAID_STATUSES} AND oi.product_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM cart_items ci WHERE ${cart} AND ci.user_id = ${user} AND ci.product_id = p.id)
    ), normed AS (
      SELECT t.*, t.recent / greatest(max(t.recent) OVER (), 1) AS pop,
          greatest(max(t.cf) OVER (), 1e-9) AS max_cf,
          EXISTS (SELECT 1 FROM orders o WHERE o.user_id = ${user} AND o.status IN ${PAID_STATUSES}) AS history
        FROM terms t
    ), moded AS (
      SELECT n.*, bool_or(n.cf > 0) OVER () OR n.history AS personalized FROM normed n
    ), scored AS (
      SELECT n.*, CASE WHEN n.personalized
          THEN n.cf / n.max_cf + ${num(AFFINITY)} * n.cat_aff * n.pop
            + ${num(SELLER_AFFINITY)} * n.seller_aff * n.pop + ${num(POPULARITY)} * n.pop
          ELSE n.pop END AS score
        FROM moded n
    )`;
}

/**
 * The statements' values, as placeholders: each statement is built once and
 * prepared (prepared.ts); a call fills those it uses of `user`, `product`
 * (the context of suggest-context.ts), `withCart` (whether cart lines count) and `limit`.
 */
export const param = {
  user: sql`${sql.placeholder('user')}::uuid`,
  product: sql`${sql.placeholder('product')}::uuid`,
  withCart: sql`${sql.placeholder('withCart')}::bool`,
  limit: sql`${sql.placeholder('limit')}::int`,
};

/** `bought`: the user's paid order lines, read once (probing each product's lines would read all its buyers'). */
export const boughtBy = (user: SQL): SQL => sql`bought AS MATERIALIZED (
      SELECT oi.product_id FROM orders o JOIN order_items oi ON oi.order_id = o.id
        WHERE o.user_id = ${user} AND o.status IN ${PAID_STATUSES}
    )`;

/** What may be suggested of product `p` to `user` (with `bought` in scope): in stock, not deleted, bought or theirs. */
export const servable = (user: SQL): SQL => sql`p.deleted_at IS NULL AND p.stock > 0 AND p.seller_id <> ${user}
          AND NOT EXISTS (SELECT 1 FROM bought b WHERE b.product_id = p.id)`;

/** A suggested product's columns, from `p` (products) and `c` (its category). */
export const productColumns = sql.raw(`p.id, p.name, p.description, p.price_cents AS "priceCents", p.stock,
    p.category_id AS "categoryId", c.name AS "categoryName", p.image_url AS "imageUrl", p.seller_id AS "sellerId",
    p.rating_average AS "ratingAverage", p.rating_count AS "ratingCount", p.sold_count AS "soldCount",
    p.created_at AS "createdAt", p.updated_at AS "updatedAt"`);

/**
 * The whole answer in one statement: the scored candidates (cart lines
 * included), the best `limit` with at most ceil(limit / 2) per category while
 * other categories have candidates (the rest only fill a short list). Only
 * the chosen rows are joined to their product and category.
 */
export function suggestionQuery(): SQL {
  const { limit } = param;
  return sql`${scoredCandidates()}, ranked AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.category_id ORDER BY s.score DESC, s.sold_count DESC, s.id)
          AS in_category
        FROM scored s
    ), chosen AS (
      SELECT * FROM ranked
        ORDER BY (in_category > ceil(${limit} / 2.0)), score DESC, sold_count DESC, id LIMIT ${limit}
    )
    SELECT ${productColumns},
        ch.cf, ch.cat_aff AS "catAff", b.name AS because, ch.history
      FROM chosen ch CROSS JOIN LATERAL (SELECT * FROM products WHERE id = ch.id OFFSET 0) p
      JOIN categories c ON c.id = p.category_id
      LEFT JOIN LATERAL (SELECT name FROM products WHERE id = ch.because OFFSET 0) b ON true
      ORDER BY (ch.in_category > ceil(${limit} / 2.0)), ch.score DESC, ch.sold_count DESC, ch.id`;
}
