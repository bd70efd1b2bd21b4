import { wishlistItems } from '@mercato/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogActors,
  MALFORMED_IDS,
  makeProduct,
  newestFirst,
  pageThrough,
  startCatalogSuite,
  UNKNOWN_ID,
} from './catalog-helpers';
import { createUser, type TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
let categoryId: string;
beforeAll(async () => {
  ({ server, who, categoryId } = await startCatalogSuite());
});
afterAll(() => server.close());

describe('wishlist', () => {
  it('needs a bearer token on every route', async () => {
    expect((await server.api('GET', '/api/wishlist')).status).toBe(401);
    expect((await server.api('POST', '/api/wishlist', { body: { productId: UNKNOWN_ID } })).status).toBe(401);
    expect((await server.api('DELETE', `/api/wishlist/${UNKNOWN_ID}`)).status).toBe(401);
  });

  it('adds idempotently (one entry, first date kept) and lists with the product', async () => {
    const user = await createUser(server);
    const p = await makeProduct(server, who.seller, { categoryId, priceCents: 4_200 });
    const first = await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: p.id } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ productId: p.id, product: { id: p.id, priceCents: 4_200, currency: 'usd' } });
    const again = await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: p.id } });
    expect(again.status).toBe(200);
    expect(again.body.addedAt).toBe(first.body.addedAt);
    const rows = await server.deps.db.select().from(wishlistItems).where(eq(wishlistItems.userId, user.id));
    expect(rows).toHaveLength(1);
    const list = await server.api('GET', '/api/wishlist', { token: user.accessToken });
    expect(list.body).toEqual({ items: [first.body], nextCursor: null });
  });

  it('keeps each user’s wishlist private', async () => {
    const [a, b] = await Promise.all([createUser(server), createUser(server)]);
    const p = await makeProduct(server, who.seller, { categoryId });
    await server.api('POST', '/api/wishlist', { token: a.accessToken, body: { productId: p.id } });
    expect((await server.api('GET', '/api/wishlist', { token: b.accessToken })).body.items).toEqual([]);
    await server.api('DELETE', `/api/wishlist/${p.id}`, { token: b.accessToken });
    expect((await server.api('GET', '/api/wishlist', { token: a.accessToken })).body.items).toHaveLength(1);
  });

  it('removes, idempotently', async () => {
    const user = await createUser(server);
    const p = await makeProduct(server, who.seller, { categoryId });
    await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: p.id } });
    for (let i = 0; i < 2; i++) {
      const res = await server.api('DELETE', `/api/wishlist/${p.id}`, { token: user.accessToken });
      expect(res.status).toBe(200);
    }
    expect((await server.api('GET', '/api/wishlist', { token: user.accessToken })).body.items).toEqual([]);
    for (const id of MALFORMED_IDS) {
      const res = await server.api('DELETE', `/api/wishlist/${encodeURIComponent(id)}`, { token: user.accessToken });
      expect(res.status, id).toBe(200);
    }
  });

  it('answers 404 when adding an unknown, malformed or deleted product; 400 without productId', async () => {
    const user = await createUser(server);
    const p = await makeProduct(server, who.seller, { categoryId });
    await server.api('DELETE', `/api/products/${p.id}`, { token: who.seller.accessToken });
    for (const id of [p.id, UNKNOWN_ID, ...MALFORMED_IDS]) {
      const res = await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: id } });
      expect(res.status, id).toBe(404);
    }
    const res = await server.api('POST', '/api/wishlist', { token: user.accessToken, body: {} });
    expect(res.status).toBe(400);
  });

  it('leaves out products deleted after they were added, keeping the row', async () => {
    const user = await createUser(server);
    const kept = await makeProduct(server, who.seller, { categoryId });
    const gone = await makeProduct(server, who.seller, { categoryId });
    for (const p of [kept, gone]) {
      await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: p.id } });
    }
    await server.api('DELETE', `/api/products/${gone.id}`, { token: who.seller.accessToken });
    const list = await server.api('GET', '/api/wishlist', { token: user.accessToken });
    expect(list.body.items.map((i: { productId: string }) => i.productId)).toEqual([kept.id]);
    const rows = await server.deps.db.select().from(wishlistItems).where(eq(wishlistItems.userId, user.id));
    expect(rows).toHaveLength(2);
  });

  it('pages newest first without skipping or repeating while items are added', async () => {
    const user = await createUser(server);
    const added: { id: string; at: string }[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await makeProduct(server, who.seller, { categoryId });
      const res = await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: p.id } });
      added.push({ id: p.id, at: res.body.addedAt });
    }
    const seen = await pageThrough(server, '/api/wishlist?limit=3', {
      token: user.accessToken,
      between: async () => {
        const p = await makeProduct(server, who.seller, { categoryId });
        await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: p.id } });
      },
    });
    expect(seen).toEqual(newestFirst(added));
  });
});
