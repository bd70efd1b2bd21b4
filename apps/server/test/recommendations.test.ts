import { recommendations } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct, unique } from './catalog-helpers';
import {
  addToCart,
  type CommerceSuite,
  drained,
  product,
  simulate,
  startCheckout,
  startCommerceSuite,
} from './commerce-helpers';
import { createUser, type TestUser } from './helpers';

let suite: CommerceSuite;
type Made = { id: string; name: string };
type Item = { id: string; name: string; categoryId: string; sellerId: string; stock: number; reason?: string };

async function buy(buyer: TestUser, ids: string[]) {
  for (const id of ids) expect((await addToCart(suite.server, buyer, id, 1)).status).toBe(200);
  const session = await startCheckout(suite.server, buyer);
  expect(session.status, session.text).toBe(200);
  expect((await simulate(suite.server, session.body.sessionId, 'pay')).status).toBe(303);
  const confirmed = await suite.server.api(
    'POST',
    `/api/checkout/confirm-payment?sessionId=${session.body.sessionId}`,
    {
      token: buyer.accessToken,
    },
  );
  expect(confirmed.status, confirmed.text).toBe(200);
}

async function suggestions(user: TestUser, query = '') {
  const res = await suite.server.api('GET', `/api/checkout/suggestions${query}`, { token: user.accessToken });
  expect(res.status, res.text).toBe(200);
  return res.body as { items: Item[]; strategy: string };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('GET /api/checkout/suggestions', () => {
  let lamp: Made;
  let bulb: Made;
  let shade: Made;
  let soldOut: Made;
  let otherSeller: TestUser;
  const extra: Made[] = [];

  beforeAll(async () => {
    suite = await startCommerceSuite();
    otherSeller = await createUser(suite.server, 'seller');
    const kitchen = (await makeCategory(suite.server, suite.admin)).id;
    lamp = await product(suite, { name: unique('Lamp'), stock: 50 });
    bulb = await product(suite, { name: unique('Bulb'), stock: 50 });
    shade = await makeProduct(suite.server, otherSeller, { categoryId: kitchen, name: unique('Shade'), stock: 50 });
    soldOut = await product(suite, { name: unique('Gone'), stock: 0 });
    for (let i = 0; i < 4; i++) extra.push(await product(suite, { name: unique('Filler'), stock: 20 }));
    for (let i = 0; i < 2; i++) {
      extra.push(await makeProduct(suite.server, otherSeller, { categoryId: kitchen, name: unique('Pan'), stock: 9 }));
    }
  });
  afterAll(() => suite?.close());

  it('answers 401 without a token and 400 for a limit of 0 or 51', async () => {
    expect((await suite.server.api('GET', '/api/checkout/suggestions')).status).toBe(401);
    const user = await createUser(suite.server, 'customer');
    for (const limit of [0, 51, 'x']) {
      const res = await suite.server.api('GET', `/api/checkout/suggestions?limit=${limit}`, {
        token: user.accessToken,
      });
      expect(res.status, `limit=${limit}`).toBe(400);
    }
    expect((await suggestions(user, '?limit=50')).items.length).toBeGreaterThan(0);
    expect((await suggestions(user)).items.length).toBeLessThanOrEqual(5);
  });

  it('starts cold with the popular products: in stock only, varied categories', async () => {
    const user = await createUser(suite.server, 'customer');
    const { items, strategy } = await suggestions(user, '?limit=4');
    expect(strategy).toBe('popular');
    expect(items).toHaveLength(4);
    expect(ids(items)).not.toContain(soldOut.id);
    const perCategory = new Map<string, number>();
    for (const i of items) perCategory.set(i.categoryId, (perCategory.get(i.categoryId) ?? 0) + 1);
    expect(Math.max(...perCategory.values())).toBeLessThanOrEqual(2);
    expect(Object.keys(items[0] ?? {})).toEqual(expect.arrayContaining(['currency', 'priceCents', 'categoryName']));
  });

  it('updates the pairs when an order is paid, then suggests what was bought together', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createUser(suite.server, 'customer')));
    await buy(a as TestUser, [lamp.id, bulb.id, shade.id]);
    await buy(b as TestUser, [lamp.id, bulb.id]);
    await drained(suite.server, 'recommendations-update');
    const { rows } = await suite.server.database.pool.query(
      'SELECT product_id, other_id, support FROM rec_item_pairs WHERE product_id = ANY($1) AND other_id = ANY($1)',
      [[lamp.id, bulb.id]],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { product_id: lamp.id, other_id: bulb.id, support: 2 },
        { product_id: bulb.id, other_id: lamp.id, support: 2 },
      ]),
    );

    const buyer = c as TestUser;
    await buy(buyer, [lamp.id]);
    await drained(suite.server, 'recommendations-update');
    // The incremental job wrote the buyer's list, which now answers (its equivalence: recommendations-model).
    const listed = await suite.server.database.pool.query('SELECT product_ids FROM rec_user_lists WHERE user_id = $1', [
      buyer.id,
    ]);
    expect(listed.rows[0]?.product_ids[0]).toBe(bulb.id);
    const mine = await suggestions(buyer);
    expect(mine.strategy).toBe('personalized');
    expect(mine.items[0]).toMatchObject({ id: bulb.id, reason: `bought together with ${lamp.name}` });
    expect(ids(mine.items)).not.toContain(lamp.id);
    // The buyers of the pair never see what they bought.
    const theirs = await suggestions(b as TestUser, '?limit=50');
    expect(ids(theirs.items)).not.toContain(lamp.id);
    expect(ids(theirs.items)).not.toContain(bulb.id);
  });

  it('rebuilds the whole model to the same pairs while serving goes on', async () => {
    const pairs = () =>
      suite.server.database.pool
        .query('SELECT product_id, other_id, support FROM rec_item_pairs ORDER BY 1, 2')
        .then((r) => r.rows);
    const before = await pairs();
    const [result] = await Promise.all([
      recommendations.rebuildModel(suite.server.deps.db, new Date()),
      suggestions(suite.admin),
    ]);
    expect(result.pairs).toBe(before.length);
    expect(await pairs()).toEqual(before);
  });

  it('the nightly rebuild job is followed by the lists job, which rebuilds every list', async () => {
    const pool = suite.server.database.pool;
    await pool.query('DELETE FROM rec_user_lists');
    await suite.server.boss.send('recommendations-rebuild', {});
    await drained(suite.server, 'recommendations-rebuild', 60_000);
    await drained(suite.server, 'recommendations-lists', 60_000);
    const lists = await pool.query('SELECT count(*)::int AS n FROM rec_user_lists');
    const interested = await pool.query('SELECT count(DISTINCT user_id)::int AS n FROM rec_user_items');
    expect(interested.rows[0].n).toBeGreaterThan(0);
    expect(lists.rows[0].n).toBe(interested.rows[0].n);
  });

  it('takes a product as context ("bought together") even without history', async () => {
    const user = await createUser(suite.server, 'customer');
    const { items, strategy } = await suggestions(user, `?productId=${bulb.id}`);
    // The contract: `personalized` means from the caller's purchase history; this one has none.
    expect(strategy).toBe('popular');
    expect(items[0]).toMatchObject({ id: lamp.id, reason: `bought together with ${bulb.name}` });
    expect(ids(items)).not.toContain(bulb.id);
    expect(
      (await suite.server.api('GET', '/api/checkout/suggestions?productId=nope', { token: user.accessToken })).status,
    ).toBe(404);
  });

  it('never suggests a seller their own products, nor a deleted or sold-out one', async () => {
    const own = await suggestions(suite.seller, '?limit=50');
    expect(own.items.every((i) => i.sellerId !== suite.seller.id)).toBe(true);
    expect(own.items.length).toBeGreaterThan(0);

    const user = await createUser(suite.server, 'customer');
    expect(ids((await suggestions(user, `?productId=${lamp.id}`)).items)).toContain(bulb.id);
    const del = await suite.server.api('DELETE', `/api/products/${bulb.id}`, { token: suite.seller.accessToken });
    expect(del.status, del.text).toBeLessThan(300);
    for (const query of [`?productId=${lamp.id}&limit=50`, '?limit=50']) {
      const got = ids((await suggestions(user, query)).items);
      expect(got).not.toContain(bulb.id);
      expect(got).not.toContain(soldOut.id);
    }
  });
});
