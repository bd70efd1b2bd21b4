import type { Db } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { itemStats, LOCK_KEY, MIN_SUPPORT, num, pairScore, TOP_PAIRS, userInterests } from './model';

/**
 * The incremental update after an order is paid: the buyer's interests are
 * recomputed, then the statistics of their products, then the pairs of the
 * order's products in both directions (so `A -> B` and `B -> A` both move).
 * Pairs between the buyer's other products only drift by decay; the nightly
 * rebuild settles them. Idempotent: it recomputes, never adds.
 */
export async function updateForOrder(db: Db, orderId: string, now: Date): Promise<{ pairs: number } | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    const order = (
      await tx.execute(sql`
        SELECT o.user_id, array_agg(oi.product_id) AS products FROM orders o
          JOIN order_items oi ON oi.order_id = o.id WHERE o.id = ${orderId}::uuid GROUP BY o.user_id`)
    ).rows[0] as { user_id: string; products: string[] } | undefined;
    if (!order) return null;
    const { user_id: userId, products } = order;
    await tx.execute(sql`DELETE FROM rec_user_items WHERE user_id = ${userId}::uuid`);
    await tx.execute(sql`
      INSERT INTO rec_user_items (user_id, product_id, weight, updated_at)
      SELECT user_id, product_id, weight, ${now} FROM (${userInterests(now, userId)}) s`);
    await tx.execute(sql`
      INSERT INTO rec_item_stats (product_id, category_id, norm, users, recent_buyers, updated_at)
      SELECT product_id, category_id, norm, users, recent_buyers, ${now} FROM (${itemStats(now, products)}) s
      ON CONFLICT (product_id) DO UPDATE SET category_id = excluded.category_id, norm = excluded.norm,
        users = excluded.users, recent_buyers = excluded.recent_buyers, updated_at = excluded.updated_at`);
    await tx.execute(sql`DELETE FROM rec_item_pairs WHERE product_id = ANY(${sql.param(products)}::uuid[])`);
    const inserted = await tx.execute(sql`
      WITH dots AS (
        SELECT a.product_id, b.product_id AS other_id, sum(a.weight * b.weight) AS dot, count(*)::int AS support
          FROM rec_user_items a JOIN rec_user_items b ON b.user_id = a.user_id AND b.product_id <> a.product_id
          WHERE a.product_id = ANY(${sql.param(products)}::uuid[])
          GROUP BY a.product_id, b.product_id HAVING count(*) >= ${num(MIN_SUPPORT)}
      ), norms AS (
        SELECT product_id, sqrt(sum(weight * weight)) AS norm FROM rec_user_items
          WHERE product_id IN (SELECT product_id FROM dots UNION SELECT other_id FROM dots) GROUP BY product_id
      ), scored AS (
        SELECT d.product_id, d.other_id, d.support,
            ${pairScore(sql`d.dot`, sql`d.support`, sql`na.norm`, sql`nb.norm`)} AS score
          FROM dots d JOIN norms na ON na.product_id = d.product_id JOIN norms nb ON nb.product_id = d.other_id
      ), top AS (
        SELECT product_id, other_id, score, support FROM (
          SELECT *, row_number() OVER (PARTITION BY product_id ORDER BY score DESC, other_id) AS rank FROM scored
        ) r WHERE rank <= ${TOP_PAIRS} AND score > 0
      ), both_ways AS (
        SELECT product_id, other_id, score, support FROM top
        UNION ALL
        SELECT other_id, product_id, score, support FROM top WHERE NOT (other_id = ANY(${sql.param(products)}::uuid[]))
      )
      INSERT INTO rec_item_pairs (product_id, other_id, score, support, updated_at)
      SELECT product_id, other_id, score, support, ${now} FROM both_ways
      ON CONFLICT (product_id, other_id) DO UPDATE SET score = excluded.score, support = excluded.support,
        updated_at = excluded.updated_at
      RETURNING 1`);
    return { pairs: inserted.rows.length };
  });
}
