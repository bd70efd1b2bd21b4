import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED_IDS, UNKNOWN_ID } from './catalog-helpers';
import { ADDRESS, addToCart, type CommerceSuite, product, startCheckout, startCommerceSuite } from './commerce-helpers';
import { createUser, type TestUser } from './helpers';

let suite: CommerceSuite;
let buyer: TestUser;

beforeAll(async () => {
  suite = await startCommerceSuite({ checkout: { maxLineQuantity: 10, holdsPerIp: 2 } });
  buyer = await createUser(suite.server, 'customer');
});
afterAll(() => suite.close());

describe('cart', () => {
  it('adds, merges lines of one product, prices live and survives in the database', async () => {
    const lamp = await product(suite, { priceCents: 1250, stock: 8 });
    const api = suite.server.api;
    const first = await addToCart(suite.server, buyer, lamp.id, 2);
    expect(first.status, first.text).toBe(200);
    const second = await addToCart(suite.server, buyer, lamp.id, 3);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0]).toMatchObject({
      productId: lamp.id,
      quantity: 5,
      lineTotalCents: 6250,
      availability: 'in_stock',
    });
    expect(second.body).toMatchObject({ subtotalCents: 6250, currency: 'usd', checkoutReady: true });
    expect(second.body.items[0].product).toMatchObject({ id: lamp.id, currency: 'usd' });

    // A price change shows at once until checkout starts.
    await api('PUT', `/api/products/${lamp.id}`, { token: suite.seller.accessToken, body: { priceCents: 1000 } });
    const read = await api('GET', '/api/cart', { token: buyer.accessToken });
    expect(read.body.subtotalCents).toBe(5000);

    const itemId = read.body.items[0].id;
    const set = await api('PUT', `/api/cart/${itemId}`, { token: buyer.accessToken, body: { quantity: 1 } });
    expect(set.body.items[0].quantity).toBe(1);
    const removed = await api('DELETE', `/api/cart/${itemId}`, { token: buyer.accessToken });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ items: [], subtotalCents: 0, checkoutReady: false });
  });

  it('refuses more than the available stock (409) and more than the line cap (400), changing nothing', async () => {
    const lamp = await product(suite, { stock: 3 });
    const other = await createUser(suite.server, 'customer');
    expect((await addToCart(suite.server, other, lamp.id, 2)).status).toBe(200);
    const over = await addToCart(suite.server, other, lamp.id, 2);
    expect(over.status, over.text).toBe(409);
    expect(over.body).toMatchObject({ code: 'CONFLICT' });
    const cart = await suite.server.api('GET', '/api/cart', { token: other.accessToken });
    expect(cart.body.items[0].quantity).toBe(2);

    const plenty = await product(suite, { stock: 50 });
    const capped = await addToCart(suite.server, other, plenty.id, 11);
    expect(capped.status, capped.text).toBe(400);
    expect(capped.body.issues?.[0]?.path).toEqual(['quantity']);
    const itemId = cart.body.items[0].id;
    const put = await suite.server.api('PUT', `/api/cart/${itemId}`, {
      token: other.accessToken,
      body: { quantity: 4 },
    });
    expect(put.status).toBe(409);
  });

  it('answers 404 for another user’s line and for unknown products; 400 for bad quantities; 401 without a token', async () => {
    const lamp = await product(suite, { stock: 5 });
    const owner = await createUser(suite.server, 'customer');
    const intruder = await createUser(suite.server, 'customer');
    const added = await addToCart(suite.server, owner, lamp.id, 1);
    const itemId = added.body.items[0].id;
    const api = suite.server.api;
    expect(
      (await api('PUT', `/api/cart/${itemId}`, { token: intruder.accessToken, body: { quantity: 2 } })).status,
    ).toBe(404);
    expect((await api('DELETE', `/api/cart/${itemId}`, { token: intruder.accessToken })).status).toBe(404);
    expect((await api('GET', '/api/cart', { token: owner.accessToken })).body.items[0].quantity).toBe(1);

    for (const id of [...MALFORMED_IDS, UNKNOWN_ID]) {
      expect((await addToCart(suite.server, owner, id, 1)).status).toBeLessThan(500);
      expect((await api('DELETE', `/api/cart/${encodeURIComponent(id)}`, { token: owner.accessToken })).status).toBe(
        404,
      );
    }
    expect((await addToCart(suite.server, owner, UNKNOWN_ID, 1)).status).toBe(404);
    for (const quantity of [0, -1, 1.5, '2', null, 1e12]) {
      const res = await api('POST', '/api/cart', { token: owner.accessToken, body: { productId: lamp.id, quantity } });
      expect(res.status, `quantity ${quantity}`).toBe(400);
    }
    expect((await api('GET', '/api/cart')).status).toBe(401);
    expect((await api('POST', '/api/cart', { body: { productId: lamp.id, quantity: 1 } })).status).toBe(401);
  });

  it('shows a deleted or sold-out product as unavailable, and checkout refuses the cart (409)', async () => {
    const shopper = await createUser(suite.server, 'customer');
    const gone = await product(suite, { stock: 4 });
    const soldOut = await product(suite, { stock: 4 });
    await addToCart(suite.server, shopper, gone.id, 1);
    await addToCart(suite.server, shopper, soldOut.id, 2);
    await suite.server.api('DELETE', `/api/products/${gone.id}`, { token: suite.seller.accessToken });
    await suite.server.api('PUT', `/api/products/${soldOut.id}`, {
      token: suite.seller.accessToken,
      body: { stock: 1 },
    });
    const cart = await suite.server.api('GET', '/api/cart', { token: shopper.accessToken });
    const byProduct = Object.fromEntries(cart.body.items.map((i: { productId: string }) => [i.productId, i]));
    expect(byProduct[gone.id].availability).toBe('unavailable');
    expect(byProduct[soldOut.id].availability).toBe('short');
    expect(cart.body).toMatchObject({ subtotalCents: 0, checkoutReady: false });
    const checkout = await startCheckout(suite.server, shopper);
    expect(checkout.status, checkout.text).toBe(409);
    const orders = await suite.server.api('GET', '/api/orders', { token: shopper.accessToken });
    expect(orders.body.items).toEqual([]);
    expect(ADDRESS.country).toBe('gb');
  });

  it('bounds open checkouts per client address (CHECKOUT_HOLDS_PER_IP): the third is a 429 that holds nothing', async () => {
    const lamp = await product(suite, { stock: 10 });
    const buyers = await Promise.all([1, 2, 3].map(() => createUser(suite.server, 'customer')));
    for (const b of buyers) await addToCart(suite.server, b, lamp.id, 1);
    const answers: Awaited<ReturnType<typeof startCheckout>>[] = [];
    for (const b of buyers) answers.push(await startCheckout(suite.server, b));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers[2]?.headers.get('retry-after')).toBeTruthy();
    expect((await suite.server.api('GET', `/api/products/${lamp.id}`)).body.stock).toBe(8);
    // Ending one hold frees a place.
    const cancel = await fetch(`${suite.server.url}/simulator/checkout/${answers[0]?.body.sessionId}/cancel`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(cancel.status).toBe(303);
    const buyer = buyers[2];
    if (!buyer) throw new Error('no buyer');
    expect((await startCheckout(suite.server, buyer)).status).toBe(200);
  });
});
