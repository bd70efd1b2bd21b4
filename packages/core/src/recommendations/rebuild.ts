import type { Db } from '@mercato/db';
import { sql } from 'drizzle-orm';
import {
  ITEMS_PER_USER,
  LOCK_KEY,
  MIN_SUPPORT,
  num,
  PAID_STATUSES,
  pairScore,
  recentBuyers,
  TOP_PAIRS,
  userInterests,
  windowStart,
} from './model';
import { buildNext, swapIn } from './swap';

export interface RebuildResult {
  userItems: number;
  items: number;
  pairs: number;
  cooccurrences: number;
  /** When the swap began and how long it held the tables (ms since the start; readers wait at most this long). */
  swapAt: number;
  swapMs: number;
  ms: number;
}

const TABLES = ['rec_user_items', 'rec_item_stats', 'rec_item_cooc', 'rec_item_pairs', 'rec_recent_orders'];

/**
 * Recomputes the whole model from the signals into new tables
 * (`<table>_next`, bulk-loaded, indexed afterwards), then swaps them in.
 * Until the swap readers keep the previous model and never wait; the swap
 * is a catalog change of a few milliseconds (swap.ts). Products are keyed by
 * dense integers (`ix`) for the pair counting, a self-join of each user's
 * ITEMS_PER_USER strongest interests counted once per unordered pair and
 * stored both ways. An
 * incremental update waits on the advisory lock meanwhile.
 */
export async function rebuildModel(db: Db, now: Date): Promise<RebuildResult> {
  const started = performance.now();
  const counts = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    const userItems = await buildNext(
      tx,
      'rec_user_items',
      'user_id, product_id, weight, updated_at',
      sql`SELECT user_id, product_id, weight, ${now}::timestamptz FROM (${userInterests(now)}) s`,
    );
    const items = await buildNext(
      tx,
      'rec_item_stats',
      'product_id, category_id, norm, users, recent_buyers, updated_at, ix',
      sql`
        SELECT p.id, p.category_id, coalesce(u.norm, 0)::float8, coalesce(u.users, 0)::int,
            coalesce(r.buyers, 0)::int, ${now}::timestamptz, (row_number() OVER (ORDER BY p.id))::int
          FROM products p
          LEFT JOIN (SELECT product_id, sqrt(sum(weight * weight)) AS norm, count(*) AS users
            FROM rec_user_items_next GROUP BY product_id) u ON u.product_id = p.id
          LEFT JOIN (${recentBuyers(now)}) r ON r.product_id = p.id
          WHERE u.users > 0 OR r.buyers > 0`,
    );
    await buildNext(
      tx,
      'rec_recent_orders',
      'order_id',
      sql`SELECT id FROM orders WHERE status IN ${PAID_STATUSES} AND paid_at >= ${windowStart(now)}`,
    );
    await tx.execute(sql`
      CREATE TEMP TABLE rec_top ON COMMIT DROP AS
      SELECT r.user_id, s.ix, r.weight FROM (
        SELECT user_id, product_id, weight,
            row_number() OVER (PARTITION BY user_id ORDER BY weight DESC, product_id) AS rank
          FROM rec_user_items_next
      ) r JOIN rec_item_stats_next s ON s.product_id = r.product_id
      WHERE r.rank <= ${num(ITEMS_PER_USER)}`);
    await tx.execute(sql`ANALYZE rec_top`);
    await tx.execute(sql`
      CREATE TEMP TABLE rec_half ON COMMIT DROP AS
      SELECT x.ix AS a, y.ix AS b, sum(x.weight * y.weight) AS dot, count(*)::int AS support
        FROM rec_top x JOIN rec_top y ON y.user_id = x.user_id AND y.ix > x.ix
        GROUP BY x.ix, y.ix`);
    // Both directions, in key order: a product's partners sit on a few pages for the incremental job.
    const cooccurrences = await buildNext(
      tx,
      'rec_item_cooc',
      'a, b, dot, support',
      sql`SELECT * FROM (SELECT a, b, dot, support FROM rec_half UNION ALL SELECT b, a, dot, support FROM rec_half) c
        ORDER BY a, b`,
    );
    const pairs = await buildNext(
      tx,
      'rec_item_pairs',
      'product_id, other_id, score, support, updated_at',
      sql`
        SELECT product_id, other_id, score, support, ${now}::timestamptz FROM (
          SELECT *, row_number() OVER (PARTITION BY product_id ORDER BY score DESC, other_id) AS rank FROM (
          SELECT sp.product_id, so.product_id AS other_id, d.support,
              ${pairScore(sql`d.dot`, sql`d.support`, sql`sp.norm`, sql`so.norm`)} AS score
            FROM rec_item_cooc_next d JOIN rec_item_stats_next sp ON sp.ix = d.a JOIN rec_item_stats_next so ON so.ix = d.b
            WHERE d.support >= ${num(MIN_SUPPORT)}
          ) scored WHERE score > 0
        ) ranked WHERE rank <= ${num(TOP_PAIRS)}`,
    );
    const swapAt = performance.now();
    await swapIn(tx, TABLES);
    return { userItems, items, pairs, cooccurrences, swapAt };
  });
  const swapped = performance.now();
  // The served tables' visibility maps, at once rather than at autovacuum's next round: the
  // suggestion query then reads pairs and popularity from its indexes alone (half the pages).
  await db.execute(sql`VACUUM rec_item_pairs, rec_item_stats, rec_user_items`);
  return {
    ...counts,
    swapAt: Math.round(counts.swapAt - started),
    swapMs: Math.round(swapped - counts.swapAt),
    ms: Math.round(performance.now() - started),
  };
}
