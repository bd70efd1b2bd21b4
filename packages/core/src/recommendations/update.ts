import type { Db, Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { type Interest, normDeltas, pairDeltas } from './deltas';
import { buildUserList } from './lists';
import { LOCK_KEY, MIN_SUPPORT, num, PAID_STATUSES, pairScore, TOP_PAIRS, userInterests, windowStart } from './model';

const uuids = (xs: string[]) => sql`${sql.param(xs)}::uuid[]`;

/**
 * The incremental update after an order is paid, proportional to the buyer's
 * own history rather than to the co-buyers of what they bought:
 * 1. the buyer's interests are recomputed (as of `now`);
 * 2. the squared norms and user counts of their products move by the
 *    difference, and the order's products count their buyer (countBuyer);
 * 3. the co-occurrence sums of the buyer's pairs move by the difference
 *    (deltas.ts), exactly what a rebuild would count;
 * 4. the order's products get their partner lists rescored from those sums,
 *    each partner lists them back when they rank, and the other stored pairs
 *    among the buyer's products are rescored;
 * 5. the buyer's suggestion list is rebuilt from the updated model.
 * Other pairs of the buyer's products drift only through their norms (one
 * user's share); the nightly rebuild settles them. Idempotent: a second run
 * finds nothing changed and counts no buyer twice.
 */
export async function updateForOrder(db: Db, orderId: string, now: Date): Promise<{ pairs: number } | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    const order = (
      await tx.execute(sql`
        SELECT o.user_id, array_agg(oi.product_id) AS products FROM orders o
          JOIN order_items oi ON oi.order_id = o.id
          WHERE o.id = ${orderId}::uuid AND o.status IN ${PAID_STATUSES} GROUP BY o.user_id`)
    ).rows[0] as { user_id: string; products: string[] } | undefined;
    if (!order) return null;
    const { user_id: userId, products } = order;
    const before = (
      await tx.execute(sql`
        DELETE FROM rec_user_items WHERE user_id = ${userId}::uuid RETURNING product_id, weight`)
    ).rows as unknown as Interest[];
    const after = (
      await tx.execute(sql`
        INSERT INTO rec_user_items (user_id, product_id, weight, updated_at)
        SELECT user_id, product_id, weight, ${now} FROM (${userInterests(now, userId)}) s
        RETURNING product_id, weight`)
    ).rows as unknown as Interest[];
    const ix = await updateStats(tx, before, after, products, now);
    await countBuyer(tx, orderId, userId, products, now);
    const deltas = pairDeltas(before, after, ix);
    const a = sql`${sql.param(deltas.map((d) => d.a))}::int[]`;
    const b = sql`${sql.param(deltas.map((d) => d.b))}::int[]`;
    await tx.execute(sql`
      INSERT INTO rec_item_cooc (a, b, dot, support)
      SELECT * FROM unnest(${a}, ${b}, ${sql.param(deltas.map((d) => d.dot))}::float8[],
          ${sql.param(deltas.map((d) => d.support))}::int[])
      ON CONFLICT (a, b) DO UPDATE SET dot = rec_item_cooc.dot + excluded.dot,
        support = rec_item_cooc.support + excluded.support`);
    // Only a pair whose support fell can have reached none.
    const fell = deltas.filter((d) => d.support < 0);
    if (fell.length > 0)
      await tx.execute(sql`
        DELETE FROM rec_item_cooc c
          USING unnest(${sql.param(fell.map((d) => d.a))}::int[], ${sql.param(fell.map((d) => d.b))}::int[]) AS d(a, b)
          WHERE c.a = d.a AND c.b = d.b AND c.support <= 0`);
    const ordered = products.map((p) => ix.get(p) as number);
    const touched = [...new Set([...before, ...after].map((i) => ix.get(i.product_id) as number))];
    const pairs = await rescore(tx, products, ordered, touched, now);
    await buildUserList(tx, userId);
    return { pairs };
  });
}

/** Step 2: the stats rows of every product whose norm moved (new products get the next keys). */
async function updateStats(tx: Tx, before: Interest[], after: Interest[], ordered: string[], now: Date) {
  const deltas = normDeltas(before, after);
  for (const p of ordered) if (!deltas.has(p)) deltas.set(p, { sq: 0, users: 0 });
  const ids = [...deltas.keys()];
  await tx.execute(sql`
    INSERT INTO rec_item_stats (product_id, category_id, norm, users, recent_buyers, updated_at, ix)
    SELECT p.id, p.category_id, 0, 0, 0, ${now},
        (SELECT coalesce(max(ix), 0) FROM rec_item_stats) + row_number() OVER (ORDER BY p.id)
      FROM products p WHERE p.id = ANY(${uuids(ids)})
        AND NOT EXISTS (SELECT 1 FROM rec_item_stats s WHERE s.product_id = p.id)`);
  const rows = (
    await tx.execute(sql`
      UPDATE rec_item_stats s SET norm = sqrt(greatest(s.norm * s.norm + d.sq, 0)), users = s.users + d.users,
          updated_at = ${now}
        FROM unnest(${uuids(ids)}, ${sql.param(ids.map((id) => deltas.get(id)?.sq ?? 0))}::float8[],
            ${sql.param(ids.map((id) => deltas.get(id)?.users ?? 0))}::int[]) AS d(product_id, sq, users)
        WHERE s.product_id = d.product_id
        RETURNING s.product_id, s.ix`)
  ).rows as unknown as { product_id: string; ix: number }[];
  return new Map(rows.map((r) => [r.product_id, r.ix]));
}

/**
 * The order's buyer joins the recent buyers of its products, once per order
 * (rec_recent_orders: a retried job, or an order the rebuild already
 * counted, counts nobody again), unless another counted order of theirs has
 * the product already (distinct buyers). Buyers whose purchases leave the
 * window are dropped by the nightly rebuild.
 */
async function countBuyer(tx: Tx, orderId: string, userId: string, products: string[], now: Date) {
  await tx.execute(sql`
    WITH counted AS (
      INSERT INTO rec_recent_orders (order_id)
      SELECT id FROM orders WHERE id = ${orderId}::uuid AND paid_at >= ${windowStart(now)}
      ON CONFLICT DO NOTHING RETURNING order_id
    )
    UPDATE rec_item_stats s SET recent_buyers = s.recent_buyers + 1
      WHERE s.product_id = ANY(${uuids(products)}) AND EXISTS (SELECT 1 FROM counted)
        AND NOT EXISTS (
          SELECT 1 FROM orders o JOIN order_items oi ON oi.order_id = o.id
            WHERE o.user_id = ${userId}::uuid AND o.id <> ${orderId}::uuid AND o.status IN ${PAID_STATUSES}
              AND o.paid_at >= ${windowStart(now)} AND oi.product_id = s.product_id
              AND o.id IN (SELECT order_id FROM rec_recent_orders))`);
}

/** Step 4. Returns how many pair rows were written. */
async function rescore(tx: Tx, products: string[], ordered: number[], touched: number[], now: Date) {
  const scored = (from: ReturnType<typeof sql>) => sql`
    SELECT sp.product_id, so.product_id AS other_id, d.support,
        ${pairScore(sql`d.dot`, sql`d.support`, sql`sp.norm`, sql`so.norm`)} AS score
      FROM (${from}) d JOIN rec_item_stats sp ON sp.ix = d.p JOIN rec_item_stats so ON so.ix = d.o`;
  const ints = (xs: number[]) => sql`${sql.param(xs)}::int[]`;
  await tx.execute(sql`DELETE FROM rec_item_pairs WHERE product_id = ANY(${uuids(products)})`);
  const forward = await tx.execute(sql`
    WITH top AS (
      -- Per product a top-N sort of its few thousand co-occurrences, not one sort of them all.
      SELECT t.product_id, t.other_id, t.score, t.support FROM unnest(${ints(ordered)}) AS x(ix)
        CROSS JOIN LATERAL (SELECT * FROM (${scored(sql`
          SELECT a AS p, b AS o, dot, support FROM rec_item_cooc WHERE a = x.ix AND support >= ${num(MIN_SUPPORT)}`)}) m
          WHERE m.score > 0 ORDER BY m.score DESC, m.other_id LIMIT ${num(TOP_PAIRS)}::int) t
    ), back AS (
      -- A partner lists the ordered product back when it ranks in its list (or already does).
      SELECT t.other_id AS product_id, t.product_id AS other_id, t.score, t.support FROM top t
        WHERE NOT (t.other_id = ANY(${uuids(products)})) AND (
          EXISTS (SELECT 1 FROM rec_item_pairs q WHERE q.product_id = t.other_id AND q.other_id = t.product_id)
          OR t.score > coalesce((SELECT min(score) FROM (
              SELECT score FROM rec_item_pairs q WHERE q.product_id = t.other_id
                ORDER BY score DESC LIMIT ${num(TOP_PAIRS)}::int) l
              HAVING count(*) >= ${num(TOP_PAIRS)}), 0))
    )
    INSERT INTO rec_item_pairs (product_id, other_id, score, support, updated_at)
    SELECT product_id, other_id, score, support, ${now} FROM (SELECT * FROM top UNION ALL SELECT * FROM back) x
    ON CONFLICT (product_id, other_id) DO UPDATE SET score = excluded.score, support = excluded.support,
      updated_at = excluded.updated_at`);
  // The buyer's other stored pairs: their sums and norms moved too. Found from the stored pairs (50 a
  // product), not from the co-occurrences (thousands a product), then each one's sums read by key.
  const others = await tx.execute(sql`
    WITH stored AS (
      SELECT sp.ix AS p, so.ix AS o FROM rec_item_stats sp
        JOIN rec_item_pairs q ON q.product_id = sp.product_id
        JOIN rec_item_stats so ON so.product_id = q.other_id
        WHERE sp.ix = ANY(${ints(touched)}) AND so.ix = ANY(${ints(touched)})
          AND NOT (q.product_id = ANY(${uuids(products)})) AND NOT (q.other_id = ANY(${uuids(products)}))
    ), now_scored AS (${scored(sql`
      SELECT c.a AS p, c.b AS o, c.dot, c.support FROM stored s JOIN rec_item_cooc c ON c.a = s.p AND c.b = s.o`)})
    UPDATE rec_item_pairs q SET score = n.score, support = n.support, updated_at = ${now}
      FROM now_scored n
      WHERE q.product_id = n.product_id AND q.other_id = n.other_id`);
  await tx.execute(sql`
    DELETE FROM rec_item_pairs q USING rec_item_stats s
      WHERE s.ix = ANY(${ints(touched)}) AND q.product_id = s.product_id
        AND (q.score <= 0 OR q.support < ${num(MIN_SUPPORT)})`);
  return (forward.rowCount ?? 0) + (others.rowCount ?? 0);
}
