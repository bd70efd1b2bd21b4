import type { Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { type ProductData, type ProductFieldsRow, toProductData } from '../catalog/product';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { num, PAID_STATUSES } from './model';

export interface SuggestInput {
  limit: number;
  /** "Bought together": the product the shopper is looking at. */
  productId?: string;
}

export type Suggestion = ProductData & { reason?: string };
export type Strategy = 'personalized' | 'popular';

/** Serving parameters, fixed with the model's (see model.ts and the README). */
const SEEDS = 20;
const PAIRS_PER_SEED = 50;
const CF_POOL = 200;
const CONTEXT_WEIGHT = 10;
const CART_WEIGHT = 2;
const AFFINITY = 0.3;
const SELLER_AFFINITY = 0.1;
const POPULARITY = 0.05;

interface Row extends ProductFieldsRow {
  cf: number;
  because: string | null;
  catAff: number;
  sellerAff: number;
  recent: number;
  hasHistory: boolean;
}

/**
 * One query gathers the candidates (the partners of the user's strongest
 * interests, cart lines and the context product; the popular products of
 * their favourite categories; the store's popular products), drops what may
 * never be suggested, and returns each with its terms; the ranking and the
 * category diversity are applied here.
 */
export async function suggest(
  db: Tx,
  currency: string,
  userId: string,
  input: SuggestInput,
): Promise<{ items: Suggestion[]; strategy: Strategy }> {
  if (input.productId !== undefined && !isId(input.productId)) throw notFound('Product');
  const ctx = input.productId ?? null;
  const result = await db.execute(sql`
    WITH seeds AS (
      (SELECT product_id, weight FROM rec_user_items WHERE user_id = ${userId}::uuid ORDER BY weight DESC LIMIT ${SEEDS})
      UNION ALL SELECT product_id, ${num(CART_WEIGHT)} FROM cart_items WHERE user_id = ${userId}::uuid
      UNION ALL SELECT ${ctx}::uuid, ${num(CONTEXT_WEIGHT)} WHERE ${ctx}::uuid IS NOT NULL
    ), seed AS (SELECT product_id, sum(weight) AS weight FROM seeds GROUP BY product_id),
    excluded AS (
      SELECT oi.product_id FROM orders o JOIN order_items oi ON oi.order_id = o.id
        WHERE o.user_id = ${userId}::uuid AND o.status IN ${PAID_STATUSES}
      UNION SELECT product_id FROM cart_items WHERE user_id = ${userId}::uuid
      UNION SELECT ${ctx}::uuid WHERE ${ctx}::uuid IS NOT NULL
    ), mine AS (
      SELECT p.category_id, p.seller_id, u.weight FROM rec_user_items u JOIN products p ON p.id = u.product_id
        WHERE u.user_id = ${userId}::uuid
    ), cats AS (
      SELECT category_id, sum(weight) / (SELECT sum(weight) FROM mine) AS aff FROM mine
        GROUP BY category_id ORDER BY 2 DESC LIMIT 3
    ), sellers AS (
      SELECT seller_id, sum(weight) / (SELECT sum(weight) FROM mine) AS aff FROM mine GROUP BY seller_id
    ), cf AS (
      SELECT x.other_id AS id, sum(s.weight * x.score) AS cf,
          (array_agg(s.product_id ORDER BY s.weight * x.score DESC))[1] AS because
        FROM seed s CROSS JOIN LATERAL (
          SELECT other_id, score FROM rec_item_pairs WHERE product_id = s.product_id
            ORDER BY score DESC LIMIT ${PAIRS_PER_SEED}
        ) x
        GROUP BY x.other_id ORDER BY 2 DESC LIMIT ${CF_POOL}
    ), cand AS (
      SELECT id FROM cf
      UNION SELECT x.product_id FROM cats c CROSS JOIN LATERAL (
        SELECT product_id FROM rec_item_stats WHERE category_id = c.category_id
          ORDER BY recent_buyers DESC, product_id LIMIT 30) x
      UNION (SELECT product_id FROM rec_item_stats ORDER BY recent_buyers DESC, product_id LIMIT 60)
      UNION (SELECT id FROM products WHERE deleted_at IS NULL ORDER BY sold_count DESC, id DESC LIMIT 60)
    )
    SELECT p.id, p.name, p.description, p.price_cents AS "priceCents", p.stock, p.category_id AS "categoryId",
        c.name AS "categoryName", p.image_url AS "imageUrl", p.seller_id AS "sellerId",
        p.rating_average AS "ratingAverage", p.rating_count AS "ratingCount", p.sold_count AS "soldCount",
        p.created_at AS "createdAt", p.updated_at AS "updatedAt",
        coalesce(cf.cf, 0)::float8 AS cf, b.name AS because, coalesce(ca.aff, 0)::float8 AS "catAff",
        coalesce(se.aff, 0)::float8 AS "sellerAff", coalesce(st.recent_buyers, 0) AS recent,
        EXISTS (SELECT 1 FROM orders o WHERE o.user_id = ${userId}::uuid AND o.status IN ${PAID_STATUSES})
          AS "hasHistory"
      FROM cand JOIN products p ON p.id = cand.id JOIN categories c ON c.id = p.category_id
      LEFT JOIN cf ON cf.id = p.id LEFT JOIN products b ON b.id = cf.because
      LEFT JOIN cats ca ON ca.category_id = p.category_id LEFT JOIN sellers se ON se.seller_id = p.seller_id
      LEFT JOIN rec_item_stats st ON st.product_id = p.id
      WHERE p.deleted_at IS NULL AND p.stock > 0 AND p.seller_id <> ${userId}::uuid
        AND p.id NOT IN (SELECT product_id FROM excluded)`);
  // Raw rows: numbers may come back as text and timestamps as strings.
  const rows = (result.rows as unknown as Row[]).map((r) => ({
    ...r,
    cf: Number(r.cf),
    catAff: Number(r.catAff),
    sellerAff: Number(r.sellerAff),
    recent: Number(r.recent),
    ratingAverage: Number(r.ratingAverage),
  }));
  return rank(rows, currency, input.limit);
}

function rank(rows: Row[], currency: string, limit: number): { items: Suggestion[]; strategy: Strategy } {
  const personalized = rows.some((r) => r.hasHistory || r.cf > 0);
  const maxCf = Math.max(1e-9, ...rows.map((r) => r.cf));
  const maxPop = Math.max(1, ...rows.map((r) => r.recent));
  const scored = rows.map((r) => {
    const pop = r.recent / maxPop;
    const score = personalized
      ? r.cf / maxCf + AFFINITY * r.catAff * pop + SELLER_AFFINITY * r.sellerAff * pop + POPULARITY * pop
      : pop;
    return { r, score };
  });
  scored.sort((a, b) => b.score - a.score || b.r.soldCount - a.r.soldCount || (a.r.id < b.r.id ? -1 : 1));
  const items = diverse(scored, limit).map(({ r }) => {
    const reason =
      r.cf > 0 && r.because
        ? `bought together with ${r.because}`
        : r.catAff > 0
          ? `popular in ${r.categoryName}`
          : 'popular right now';
    const row = { ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) };
    return { ...toProductData(row, currency), reason };
  });
  return { items, strategy: personalized ? 'personalized' : 'popular' };
}

/**
 * At most ceil(limit / 2) per category while other categories still have
 * candidates; only when they run out do the skipped ones fill the list.
 */
export function diverse<T extends { r: { categoryId: string } }>(ranked: T[], limit: number): T[] {
  const cap = Math.ceil(limit / 2);
  const perCategory = new Map<string, number>();
  const picked: T[] = [];
  const skipped: T[] = [];
  for (const item of ranked) {
    if (picked.length === limit) break;
    const n = perCategory.get(item.r.categoryId) ?? 0;
    if (n >= cap) {
      skipped.push(item);
      continue;
    }
    perCategory.set(item.r.categoryId, n + 1);
    picked.push(item);
  }
  return picked.concat(skipped.slice(0, limit - picked.length));
}
