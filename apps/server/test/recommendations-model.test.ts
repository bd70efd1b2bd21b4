import { randomUUID } from 'node:crypto';
import { recommendations } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';

/**
 * The model at the database level, on a small shop written with SQL: the
 * incremental update against a full rebuild, and serving while a rebuild's
 * swap waits for a reader.
 */
let server: TestServer;
const T = new Date('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
const users: string[] = [];
const products: string[] = [];
let seller: string;
let categories: string[];

const q = (text: string, values: unknown[] = []) => server.database.pool.query(text, values);

async function insertUser(role = 'customer') {
  const id = randomUUID();
  await q(`INSERT INTO users (id, email, role, password_hash) VALUES ($1, $2, $3::user_role, 'x')`, [
    id,
    `${id}@model.test`,
    role,
  ]);
  return id;
}

async function paidOrder(user: string, items: string[], paidAt: Date) {
  const id = randomUUID();
  await q(
    `INSERT INTO orders (id, user_id, status, payment_status, total_cents, currency, address, hold_expires_at,
       created_at, paid_at) VALUES ($1, $2, 'paid', 'paid', 1, 'usd', '{}'::jsonb, $3, $3, $3)`,
    [id, user, paidAt],
  );
  await q(
    `INSERT INTO order_items (order_id, product_id, name, unit_price_cents, quantity, line_total_cents)
     SELECT $1, p, 'P', 1, 1, 1 FROM unnest($2::uuid[]) AS p`,
    [id, items],
  );
  return id;
}

/** The model's rows that one buyer's order touches, keyed by product ids (dense keys differ between builds). */
async function snapshot(buyerItems: string[], ordered: string[]) {
  const cooc = await q(
    `SELECT sa.product_id AS a, sb.product_id AS b, c.dot, c.support FROM rec_item_cooc c
       JOIN rec_item_stats sa ON sa.ix = c.a JOIN rec_item_stats sb ON sb.ix = c.b
       WHERE sa.product_id = ANY($1) ORDER BY 1, 2`,
    [buyerItems],
  );
  const stats = await q(
    'SELECT product_id, norm, users, recent_buyers FROM rec_item_stats WHERE product_id = ANY($1) ORDER BY 1',
    [buyerItems],
  );
  const pairs = await q(
    `SELECT product_id, other_id, score, support FROM rec_item_pairs
       WHERE product_id = ANY($1) OR (product_id = ANY($2) AND other_id = ANY($2)) ORDER BY 1, 2`,
    [ordered, buyerItems],
  );
  return { cooc: cooc.rows, stats: stats.rows, pairs: pairs.rows };
}

const close = (got: unknown[], want: unknown[]) => {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => {
    for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
      const w = (want[i] as Record<string, unknown>)[k];
      if (typeof v === 'number') expect(v, `${k} of ${JSON.stringify(want[i])}`).toBeCloseTo(w as number, 9);
      else expect(v, k).toEqual(w);
    }
  });
};

beforeAll(async () => {
  server = await startTestServer();
  seller = await insertUser('seller');
  categories = [randomUUID(), randomUUID()];
  await q(
    `INSERT INTO categories (id, name, name_key, slug)
     SELECT id, 'Model ' || n, 'model ' || n, 'model-' || n FROM unnest($1::uuid[], $2::int[]) AS t(id, n)`,
    [categories, [1, 2]],
  );
  for (let i = 0; i < 8; i++) {
    const id = randomUUID();
    products.push(id);
    await q(
      `INSERT INTO products (id, seller_id, category_id, name, price_cents, stock, sold_count)
       VALUES ($1, $2, $3, $4, 100, 10, $5)`,
      [id, seller, categories[i < 6 ? 0 : 1], `Model product ${i}`, 100 - i],
    );
  }
  for (let u = 0; u < 8; u++) users.push(await insertUser());
  // Overlapping histories over products 0..5 (6 and 7 stay unbought), spread over past days.
  for (const [u, user] of users.entries()) {
    const mine = [0, 1, 2, 3, 4, 5].filter((p) => (p + u) % 3 !== 0 || p === u % 6);
    await paidOrder(
      user,
      mine.map((p) => products[p] as string),
      new Date(T.getTime() - (u + 1) * 5 * DAY),
    );
  }
});
afterAll(() => server?.close());

describe('recommendation model', () => {
  it('the incremental update after an order equals a full rebuild for the rows it touches', async () => {
    await recommendations.rebuildModel(server.deps.db, T);
    const buyer = users[0] as string;
    // A product nobody had bought (a new dense key), one the buyer had not, paid at T.
    const ordered = [products[6] as string, products[3] as string];
    const orderId = await paidOrder(buyer, ordered, T);
    const result = await recommendations.updateForOrder(server.deps.db, orderId, T);
    expect(result?.pairs).toBeGreaterThan(0);
    const buyerItems = (await q('SELECT product_id FROM rec_user_items WHERE user_id = $1', [buyer])).rows.map(
      (r) => r.product_id as string,
    );
    expect(buyerItems).toEqual(expect.arrayContaining(ordered));
    const incremental = await snapshot(buyerItems, ordered);
    // The new product has co-occurrences (one buyer: below the support of a served pair); the other has pairs.
    expect(incremental.cooc.some((c) => c.a === products[6])).toBe(true);
    expect(incremental.pairs.some((p) => p.product_id === products[3])).toBe(true);

    // Idempotent: the same job again changes nothing (and counts no buyer twice).
    await recommendations.updateForOrder(server.deps.db, orderId, T);
    const again = await snapshot(buyerItems, ordered);
    close(again.cooc, incremental.cooc);
    close(again.stats, incremental.stats);
    close(again.pairs, incremental.pairs);

    await recommendations.rebuildModel(server.deps.db, T);
    const rebuilt = await snapshot(buyerItems, ordered);
    close(incremental.cooc, rebuilt.cooc);
    close(incremental.stats, rebuilt.stats);
    close(incremental.pairs, rebuilt.pairs);
  });

  it('keeps serving while the swap of a rebuild waits for a reader', async () => {
    const user = users[1] as string;
    const ask = async () => {
      const started = performance.now();
      const got = await recommendations.suggest(server.deps.db, 'usd', user, { limit: 3 });
      return { ms: performance.now() - started, n: got.items.length };
    };
    // A reader that holds its lock on rec_item_pairs for 2.5 s.
    const blocker = await server.database.pool.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT count(*) FROM rec_item_pairs');
    const rebuild = recommendations.rebuildModel(server.deps.db, T);
    let waits = 0;
    const answers: { ms: number; n: number }[] = [];
    const until = Date.now() + 2_500;
    while (Date.now() < until) {
      const waiting = await q(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'LOCK TABLE%'`,
      );
      if (waiting.rows[0].n > 0) waits++;
      answers.push(await ask());
    }
    await blocker.query('COMMIT');
    blocker.release();
    const built = await rebuild;
    expect(waits, 'the swap was seen waiting').toBeGreaterThan(0);
    expect(answers.every((a) => a.n > 0)).toBe(true);
    // Each read waited at most one lock timeout (200 ms) behind the swap, never for the reader's 2.5 s.
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1_000);
    expect(built.pairs).toBeGreaterThan(0);
    expect((await ask()).n).toBeGreaterThan(0);
  });

  it('keeps at most ceil(limit / 2) per category until the other categories run out', async () => {
    const user = await insertUser();
    const categoryOf = new Map(
      (await q('SELECT id, category_id FROM products')).rows.map((r) => [r.id as string, r.category_id as string]),
    );
    const cats = async (limit: number) =>
      (await recommendations.suggest(server.deps.db, 'usd', user, { limit })).items.map((i) =>
        categoryOf.get(i.id) === categories[0] ? 'A' : 'B',
      );
    const count = (xs: string[], c: string) => xs.filter((x) => x === c).length;
    // Category A has 6 products, B 2: A's own never fill more than ceil(limit / 2) while B has some left,
    // then A's fill the rest, after them.
    const four = await cats(4);
    expect([count(four, 'A'), count(four, 'B')]).toEqual([2, 2]);
    const six = await cats(6);
    expect([count(six.slice(0, 5), 'A'), count(six.slice(0, 5), 'B'), six[5]]).toEqual([3, 2, 'A']);
    const eight = await cats(8);
    expect([count(eight.slice(0, 6), 'A'), count(eight.slice(0, 6), 'B'), ...eight.slice(6)]).toEqual([4, 2, 'A', 'A']);
  });
});
