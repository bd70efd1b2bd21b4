import type { Db, Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { ITEMS_PER_USER, itemStats, LOCK_KEY, MIN_SUPPORT, num, pairScore, TOP_PAIRS, userInterests } from './model';

export interface RebuildResult {
  userItems: number;
  items: number;
  pairs: number;
  ms: number;
}

const count = async (tx: Tx, table: string) =>
  Number(((await tx.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0] as { n: number }).n);

/**
 * Recomputes the whole model from the signals, in one transaction: the new
 * rows are built in temporary tables, then the three tables are emptied and
 * filled from them. Readers keep seeing the previous model (MVCC) until the
 * commit and are never blocked; an incremental update waits on the advisory
 * lock meanwhile.
 */
export async function rebuildModel(db: Db, now: Date): Promise<RebuildResult> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    await tx.execute(sql`CREATE TEMP TABLE new_user_items ON COMMIT DROP AS ${userInterests(now)}`);
    await tx.execute(sql`CREATE INDEX ON new_user_items (user_id, weight DESC)`);
    await tx.execute(sql`ANALYZE new_user_items`);
    await tx.execute(sql`
      CREATE TEMP TABLE new_pairs ON COMMIT DROP AS
      WITH top AS (
        SELECT user_id, product_id, weight FROM (
          SELECT *, row_number() OVER (PARTITION BY user_id ORDER BY weight DESC) AS rank FROM new_user_items
        ) r WHERE rank <= ${ITEMS_PER_USER}
      ), norms AS (
        SELECT product_id, sqrt(sum(weight * weight)) AS norm FROM new_user_items GROUP BY product_id
      ), dots AS (
        SELECT a.product_id, b.product_id AS other_id, sum(a.weight * b.weight) AS dot, count(*)::int AS support
          FROM top a JOIN top b ON b.user_id = a.user_id AND b.product_id <> a.product_id
          GROUP BY a.product_id, b.product_id HAVING count(*) >= ${num(MIN_SUPPORT)}
      ), scored AS (
        SELECT d.product_id, d.other_id, d.support,
            ${pairScore(sql`d.dot`, sql`d.support`, sql`na.norm`, sql`nb.norm`)} AS score
          FROM dots d JOIN norms na ON na.product_id = d.product_id JOIN norms nb ON nb.product_id = d.other_id
      )
      SELECT product_id, other_id, score, support FROM (
        SELECT *, row_number() OVER (PARTITION BY product_id ORDER BY score DESC, other_id) AS rank FROM scored
      ) r WHERE rank <= ${TOP_PAIRS} AND score > 0`);
    await tx.execute(sql`DELETE FROM rec_user_items`);
    await tx.execute(sql`
      INSERT INTO rec_user_items (user_id, product_id, weight, updated_at)
      SELECT user_id, product_id, weight, ${now} FROM new_user_items`);
    await tx.execute(sql`DELETE FROM rec_item_stats`);
    await tx.execute(sql`
      INSERT INTO rec_item_stats (product_id, category_id, norm, users, recent_buyers, updated_at)
      SELECT product_id, category_id, norm, users, recent_buyers, ${now} FROM (${itemStats(now, null)}) s
        WHERE users > 0 OR recent_buyers > 0`);
    await tx.execute(sql`DELETE FROM rec_item_pairs`);
    await tx.execute(sql`
      INSERT INTO rec_item_pairs (product_id, other_id, score, support, updated_at)
      SELECT product_id, other_id, score, support, ${now} FROM new_pairs`);
    return {
      userItems: await count(tx, 'rec_user_items'),
      items: await count(tx, 'rec_item_stats'),
      pairs: await count(tx, 'rec_item_pairs'),
      ms: Math.round(performance.now() - started),
    };
  });
}
