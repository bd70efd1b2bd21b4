import { randomUUID } from 'node:crypto';
import { recommendations } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';
import { modelRows } from './model-rows';

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

const { q, insertUser, paidOrder } = modelRows(() => server);

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

describe("users' suggestion lists", () => {
  const suggest = (user: string, limit: number) => recommendations.suggest(server.deps.db, 'usd', user, { limit });
  /** What the full query answers: the same call with the user's list out of the way. */
  async function live(user: string, limit: number) {
    const saved = await q('DELETE FROM rec_user_lists WHERE user_id = $1 RETURNING *', [user]);
    try {
      return await suggest(user, limit);
    } finally {
      const r = saved.rows[0];
      if (r)
        await q(
          `INSERT INTO rec_user_lists (user_id, product_ids, because_ids, favourite_category, complete, history, built_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [r.user_id, r.product_ids, r.because_ids, r.favourite_category, r.complete, r.history, r.built_at],
        );
    }
  }
  const ids = (s: { items: { id: string }[] }) => s.items.map((i) => i.id);
  // Shoppers with one or two purchases: most of the catalog is left to suggest them.
  const fresh: string[] = [];

  beforeAll(async () => {
    for (const items of [[0], [1, 6]]) {
      const user = await insertUser();
      fresh.push(user);
      await paidOrder(
        user,
        items.map((i) => products[i] as string),
        new Date(T.getTime() - DAY),
      );
    }
    await recommendations.rebuildModel(server.deps.db, T);
  });

  it('answers from the list exactly what the full query answers, for every user and limit', async () => {
    const built = await recommendations.buildAllLists(server.deps.db);
    const interested = await q('SELECT count(DISTINCT user_id)::int AS n FROM rec_user_items');
    expect(built.users).toBe(interested.rows[0].n);
    for (const user of [...users, ...fresh]) {
      for (const limit of [1, 2, 3, 4, 5, 8]) expect(await suggest(user, limit)).toEqual(await live(user, limit));
    }
    // The list is what answers: cut by hand to its third suggestion, that one is the answer.
    const user = fresh[0] as string;
    const first = ids(await suggest(user, 3));
    expect(first.length).toBe(3);
    await q(
      `UPDATE rec_user_lists SET product_ids = ARRAY[$2::uuid], because_ids = because_ids[1:1],
         favourite_category = favourite_category[1:1], complete = true WHERE user_id = $1`,
      [user, first[2]],
    );
    expect(ids(await suggest(user, 1))).toEqual(first.slice(2, 3));
    await recommendations.buildUserList(server.deps.db, user);
    expect(ids(await suggest(user, 3))).toEqual(first);
  });

  it('leaves out what sold out, was deleted or was bought since the list was built', async () => {
    const user = fresh[1] as string;
    await recommendations.buildUserList(server.deps.db, user);
    const [soldOut, deleted, bought] = ids(await suggest(user, 3));
    expect(bought).toBeDefined();
    await q('UPDATE products SET stock = 0 WHERE id = $1', [soldOut]);
    await q('UPDATE products SET deleted_at = now() WHERE id = $1', [deleted]);
    await paidOrder(user, [bought as string], T);
    try {
      const got = await suggest(user, 4);
      expect(ids(got)).not.toContain(soldOut);
      expect(ids(got)).not.toContain(deleted);
      expect(ids(got)).not.toContain(bought);
      expect(got).toEqual(await live(user, 4));
      // Only the first entries are read: when those are all gone, the full query answers.
      await q(
        `UPDATE rec_user_lists SET product_ids = ARRAY[$2, $3, $4, $5]::uuid[], because_ids = '{NULL,NULL,NULL,NULL}',
           favourite_category = '{f,f,f,f}', complete = true WHERE user_id = $1`,
        [user, soldOut, deleted, bought, ids(got)[0]],
      );
      const one = await suggest(user, 1);
      expect(one.items.length).toBe(1);
      expect(one).toEqual(await live(user, 1));
    } finally {
      await q('UPDATE products SET stock = 10, deleted_at = NULL WHERE id = ANY($1)', [[soldOut, deleted]]);
    }
  });

  it('falls back to the full query when the list cannot hold the exact answer', async () => {
    const user = fresh[0] as string;
    await recommendations.buildUserList(server.deps.db, user);
    // Two candidates kept of more: a limit of 4 cannot come from them.
    await q('UPDATE rec_user_lists SET product_ids = product_ids[1:2], complete = false WHERE user_id = $1', [user]);
    const four = await suggest(user, 4);
    expect(four.items.length).toBe(4);
    expect(four).toEqual(await live(user, 4));
    // And with no list at all.
    await q('DELETE FROM rec_user_lists WHERE user_id = $1', [user]);
    expect(await suggest(user, 4)).toEqual(four);
    await recommendations.buildUserList(server.deps.db, user);
  });

  it("rebuilds the buyer's list in the incremental job, and drops lists of users without interests", async () => {
    const buyer = fresh[0] as string;
    await recommendations.buildUserList(server.deps.db, buyer);
    const before = ids(await suggest(buyer, 8));
    const orderId = await paidOrder(buyer, [before[0] as string], T);
    await recommendations.updateForOrder(server.deps.db, orderId, T);
    const row = (await q('SELECT product_ids FROM rec_user_lists WHERE user_id = $1', [buyer])).rows[0];
    expect(row.product_ids).not.toContain(before[0]);
    expect(await suggest(buyer, 8)).toEqual(await live(buyer, 8));

    const gone = await insertUser();
    await recommendations.buildUserList(server.deps.db, gone);
    expect((await q('SELECT 1 FROM rec_user_lists WHERE user_id = $1', [gone])).rowCount).toBe(1);
    await recommendations.buildAllLists(server.deps.db);
    expect((await q('SELECT 1 FROM rec_user_lists WHERE user_id = $1', [gone])).rowCount).toBe(0);
  });
});

describe('suggestions with a product as context', () => {
  const categoryOf = async () =>
    new Map(
      (await q('SELECT id, category_id FROM products')).rows.map((r) => [r.id as string, r.category_id as string]),
    );
  /**
   * The rule, written out: the context's partners by score (then sold count, id), then the user's
   * list, then the popular products; each once, only what may be suggested, the category cap.
   */
  async function expected(user: string, ctx: string | null, limit: number) {
    const may = new Set(
      (
        await q(
          `SELECT p.id FROM products p WHERE p.deleted_at IS NULL AND p.stock > 0 AND p.seller_id <> $1
             AND p.id IS DISTINCT FROM $2
             AND p.id NOT IN (SELECT product_id FROM cart_items WHERE user_id = $1)
             AND p.id NOT IN (SELECT oi.product_id FROM orders o JOIN order_items oi ON oi.order_id = o.id
               WHERE o.user_id = $1 AND o.status IN ('paid', 'shipped', 'delivered'))`,
          [user, ctx],
        )
      ).rows.map((r) => r.id as string),
    );
    // The product weighs 10, each cart line 2.
    const partners = await q(
      `WITH ctx AS (
         SELECT id, sum(w) AS w FROM (SELECT $1::uuid AS id, 10 AS w WHERE $1 IS NOT NULL
           UNION ALL SELECT product_id, 2 FROM cart_items WHERE user_id = $2) c GROUP BY id)
       SELECT x.other_id AS id FROM ctx JOIN rec_item_pairs x ON x.product_id = ctx.id
         JOIN products p ON p.id = x.other_id
         GROUP BY x.other_id, p.sold_count ORDER BY sum(ctx.w * x.score) DESC, p.sold_count DESC, x.other_id`,
      [ctx, user],
    );
    const list = await q('SELECT unnest(product_ids[1:$2]) AS id FROM rec_user_lists WHERE user_id = $1', [
      user,
      limit * 3,
    ]);
    const popular = await q('SELECT product_id AS id FROM rec_item_stats ORDER BY recent_buyers DESC, product_id');
    const ordered = [...new Set([...partners.rows, ...list.rows, ...popular.rows].map((r) => r.id as string))].filter(
      (id) => may.has(id),
    );
    const cats = await categoryOf();
    const seen = new Map<string, number>();
    const over = ordered.map((id) => {
      const n = (seen.get(cats.get(id) as string) ?? 0) + 1;
      seen.set(cats.get(id) as string, n);
      return n > Math.ceil(limit / 2);
    });
    return [...ordered.filter((_, i) => !over[i]), ...ordered.filter((_, i) => over[i])].slice(0, limit);
  }
  const context = (user: string, productId: string, limit: number) =>
    recommendations.suggest(server.deps.db, 'usd', user, { limit, productId });
  const ids = (s: { items: { id: string }[] }) => s.items.map((i) => i.id);

  it("leads with the product's partners, then the user's list, then popular products", async () => {
    await recommendations.rebuildModel(server.deps.db, T);
    const user = users[1] as string;
    await recommendations.buildUserList(server.deps.db, user);
    for (const [ctx, limit] of [
      [0, 3],
      [1, 8],
      [3, 5],
      [6, 8],
      [7, 4],
    ] as const) {
      const got = await context(user, products[ctx] as string, limit);
      expect(ids(got), `context ${ctx}, limit ${limit}`).toEqual(await expected(user, products[ctx] as string, limit));
    }
    // This user bought 0, 1, 3 and 4: product 5 is the one partner of 2 left to suggest.
    const got = await context(user, products[2] as string, 8);
    expect(got.strategy).toBe('personalized');
    expect(got.items[0]).toMatchObject({ id: products[5], reason: 'bought together with Model product 2' });

    // The list comes after the partners: cut to a product no one bought, it follows product 5.
    await q(
      `UPDATE rec_user_lists SET product_ids = ARRAY[$2::uuid], because_ids = '{NULL}', favourite_category = '{t}'
         WHERE user_id = $1`,
      [user, products[7]],
    );
    const withList = await context(user, products[2] as string, 8);
    expect(ids(withList)).toEqual(await expected(user, products[2] as string, 8));
    expect(withList.items[1]).toMatchObject({ id: products[7], reason: 'popular in Model 2' });
    await recommendations.buildUserList(server.deps.db, user);

    // A shopper with no history and no list: the partners, then the popular products.
    const newcomer = await insertUser();
    const cold = await context(newcomer, products[2] as string, 6);
    expect(cold.strategy).toBe('popular');
    expect(ids(cold)).toEqual(await expected(newcomer, products[2] as string, 6));
    expect(cold.items[0]?.reason).toBe('bought together with Model product 2');
  });

  it('takes the cart as the context when there is no product, before the list', async () => {
    // One purchase: most of the shop is left to suggest, from the list when the cart's partners run out.
    const user = await insertUser();
    await recommendations.updateForOrder(server.deps.db, await paidOrder(user, [products[0] as string], T), T);
    const cart = (id: string) =>
      q('INSERT INTO cart_items (user_id, product_id, quantity) VALUES ($1, $2, 1)', [user, id]);
    // The list reversed, so that its tier shows apart from a ranking of the whole model.
    await q(
      `UPDATE rec_user_lists SET product_ids = ARRAY(
         SELECT x FROM unnest(product_ids) WITH ORDINALITY AS u(x, n) ORDER BY n DESC) WHERE user_id = $1`,
      [user],
    );
    // Product 6 has no partners (one buyer): the answer is the list's, in its order.
    await cart(products[6] as string);
    try {
      for (const limit of [1, 3, 6]) {
        const got = await recommendations.suggest(server.deps.db, 'usd', user, { limit });
        expect(ids(got), `limit ${limit}`).toEqual(await expected(user, null, limit));
        expect(ids(got)).not.toContain(products[6]);
      }
      // Product 3 has partners: they lead, "bought together" with it.
      await cart(products[3] as string);
      const got = await recommendations.suggest(server.deps.db, 'usd', user, { limit: 6 });
      expect(ids(got)).toEqual(await expected(user, null, 6));
      expect(got.strategy).toBe('personalized');
      expect(got.items[0]?.reason).toBe('bought together with Model product 3');
      // The product and the cart together: both are context.
      const both = ids(await context(user, products[1] as string, 6));
      expect(both).toEqual(await expected(user, products[1] as string, 6));
    } finally {
      await q('DELETE FROM cart_items WHERE user_id = $1', [user]);
    }
  });

  it('never suggests the product itself, a cart line, what was bought, sold out, deleted or their own', async () => {
    const user = await insertUser();
    await q('INSERT INTO cart_items (user_id, product_id, quantity) VALUES ($1, $2, 1)', [user, products[4]]);
    await paidOrder(user, [products[5] as string], T);
    await q('UPDATE products SET stock = 0 WHERE id = $1', [products[1]]);
    await q('UPDATE products SET deleted_at = now() WHERE id = $1', [products[3]]);
    try {
      const got = ids(await context(user, products[2] as string, 50));
      for (const gone of [2, 4, 5, 1, 3]) expect(got, `product ${gone}`).not.toContain(products[gone]);
      expect(got).toEqual(await expected(user, products[2] as string, 50));
      expect(got.length).toBeGreaterThan(0);
      // The cart line is context too: its partners are "bought together" with it.
      const reasons = (await context(user, products[6] as string, 50)).items.map((i) => i.reason);
      expect(reasons).toContain('bought together with Model product 4');
      expect(ids(await context(seller, products[2] as string, 50))).toEqual([]);
    } finally {
      await q('UPDATE products SET stock = 10, deleted_at = NULL WHERE id = ANY($1)', [[products[1], products[3]]]);
      await q('DELETE FROM cart_items WHERE user_id = $1', [user]);
    }
  });
});
