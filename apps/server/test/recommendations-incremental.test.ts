import { randomUUID } from 'node:crypto';
import { recommendations } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';
import { modelRows } from './model-rows';

/**
 * The incremental update on a shop wide enough that a product co-occurs with
 * more products than it keeps as partners, and with time passing between the
 * rebuild and an order (every weight of the buyer decays, so all their
 * pairs move).
 */
let server: TestServer;
const T = new Date('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
const PRODUCTS = 64;
const products: string[] = [];
const users: string[] = [];
const { TOP_PAIRS, SHRINK } = recommendations.model;

const { q, insertUser, paidOrder } = modelRows(() => server);

const pairsOf = async (ids: string[]) =>
  (
    await q(
      'SELECT product_id, other_id, score, support FROM rec_item_pairs WHERE product_id = ANY($1) ORDER BY 1, 2',
      [ids],
    )
  ).rows;

beforeAll(async () => {
  server = await startTestServer();
  const seller = await insertUser('seller');
  const category = randomUUID();
  await q(`INSERT INTO categories (id, name, name_key, slug) VALUES ($1, 'Wide', 'wide', 'wide')`, [category]);
  for (let i = 0; i < PRODUCTS; i++) {
    const id = randomUUID();
    products.push(id);
    await q(
      `INSERT INTO products (id, seller_id, category_id, name, price_cents, stock) VALUES ($1, $2, $3, $4, 100, 10)`,
      [id, seller, category, `Wide product ${i}`],
    );
  }
  // Everyone buys product 0 and about 60 % of the rest, in two orders of different ages: product 0
  // co-occurs with all the others, at different strengths.
  for (let u = 0; u < 12; u++) {
    const user = await insertUser();
    users.push(user);
    const mine = products.filter((_, j) => j > 0 && (j * 7 + u * 13) % 5 < 3);
    const half = Math.floor(mine.length / 2);
    await paidOrder(user, [products[0] as string, ...mine.slice(0, half)], new Date(T.getTime() - (u + 1) * 9 * DAY));
    await paidOrder(user, mine.slice(half), new Date(T.getTime() - (u + 2) * 4 * DAY));
  }
  await recommendations.rebuildModel(server.deps.db, T);
});
afterAll(() => server?.close());

describe('the incremental update on a wide shop', () => {
  it('keeps the best partners of what was bought, as a rebuild would, when there are more than it keeps', async () => {
    const supported = await q(
      `SELECT count(*)::int AS n FROM rec_item_cooc c JOIN rec_item_stats s ON s.ix = c.a
         WHERE s.product_id = $1 AND c.support >= 2`,
      [products[0]],
    );
    expect(supported.rows[0].n).toBeGreaterThan(TOP_PAIRS);
    const buyer = await insertUser();
    const ordered = [products[0] as string, products[1] as string];
    const orderId = await paidOrder(buyer, ordered, T);
    await recommendations.updateForOrder(server.deps.db, orderId, T);
    const incremental = await pairsOf(ordered);
    expect(incremental.filter((p) => p.product_id === products[0]).length).toBe(TOP_PAIRS);

    await recommendations.rebuildModel(server.deps.db, T);
    const rebuilt = await pairsOf(ordered);
    expect(incremental.map((p) => [p.product_id, p.other_id])).toEqual(rebuilt.map((p) => [p.product_id, p.other_id]));
    for (const [i, p] of incremental.entries()) expect(p.score).toBeCloseTo(rebuilt[i].score, 9);
  });

  it("rescores the buyer's other stored pairs from the sums and norms as they are after a later order", async () => {
    const buyer = users[0] as string;
    const later = new Date(T.getTime() + 20 * DAY);
    const items = (await q('SELECT product_id FROM rec_user_items WHERE user_id = $1', [buyer])).rows.map(
      (r) => r.product_id as string,
    );
    const bought = products.find((p) => !items.includes(p)) as string;
    // The pairs among the buyer's products that the order's product is not part of.
    const others = () =>
      q(
        `SELECT q.product_id, q.other_id, q.score,
            (c.dot / nullif(sp.norm * so.norm, 0)) * c.support::float8 / (c.support + $3) AS from_sums
           FROM rec_item_pairs q
           JOIN rec_item_stats sp ON sp.product_id = q.product_id JOIN rec_item_stats so ON so.product_id = q.other_id
           JOIN rec_item_cooc c ON c.a = sp.ix AND c.b = so.ix
           WHERE q.product_id = ANY($1) AND q.other_id = ANY($1) AND $2 NOT IN (q.product_id, q.other_id)
           ORDER BY 1, 2`,
        [items, bought, SHRINK],
      );
    const before = (await others()).rows;
    expect(before.length).toBeGreaterThan(10);
    const orderId = await paidOrder(buyer, [bought], later);
    await recommendations.updateForOrder(server.deps.db, orderId, later);
    const after = (await others()).rows;
    expect(after.map((r) => [r.product_id, r.other_id])).toEqual(before.map((r) => [r.product_id, r.other_id]));
    for (const r of after) expect(r.score, `${r.product_id} ${r.other_id}`).toBeCloseTo(r.from_sums, 9);
    // Not vacuous: twenty days of decay moved those sums.
    expect(after.some((r, i) => Math.abs(r.score - before[i].score) > 1e-6)).toBe(true);
  });

  it('removes the co-occurrence of two products once nobody has both', async () => {
    const seller = (await q("SELECT id FROM users WHERE role = 'seller' LIMIT 1")).rows[0].id as string;
    const category = (await q('SELECT category_id FROM products WHERE id = $1', [products[0]])).rows[0].category_id;
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [a, b, c])
      await q(
        `INSERT INTO products (id, seller_id, category_id, name, price_cents, stock) VALUES ($1, $2, $3, 'Lone', 1, 9)`,
        [id, seller, category],
      );
    const buyer = await insertUser();
    await paidOrder(buyer, [a, b], new Date(T.getTime() - DAY));
    await recommendations.rebuildModel(server.deps.db, T);
    const cooc = async () =>
      (
        await q(
          `SELECT sa.product_id AS a, sb.product_id AS b, c.support FROM rec_item_cooc c
             JOIN rec_item_stats sa ON sa.ix = c.a JOIN rec_item_stats sb ON sb.ix = c.b
             WHERE sa.product_id = ANY($1) ORDER BY 1, 2`,
          [[a, b, c]],
        )
      ).rows;
    expect(await cooc()).toHaveLength(2);
    // One star cancels the purchase of b: the buyer's interests become a and c.
    await q('INSERT INTO ratings (product_id, user_id, rating, updated_at) VALUES ($1, $2, 1, $3)', [b, buyer, T]);
    const orderId = await paidOrder(buyer, [c], T);
    await recommendations.updateForOrder(server.deps.db, orderId, T);
    const incremental = await cooc();
    expect(incremental.map((r) => [r.a, r.b].sort())).toEqual([[a, c].sort(), [a, c].sort()]);
    await recommendations.rebuildModel(server.deps.db, T);
    expect(incremental).toEqual(await cooc());
  });
});
