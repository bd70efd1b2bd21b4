import { products, ratings } from '@mercato/db';
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
import { createUser, PASSWORD, type TestServer, type TestUser, uniqueEmail } from './helpers';

let server: TestServer;
let who: CatalogActors;
let categoryId: string;
beforeAll(async () => {
  ({ server, who, categoryId } = await startCatalogSuite());
});
afterAll(() => server.close());

const rate = (user: TestUser | undefined, productId: string, rating: unknown, review?: unknown) =>
  server.api('POST', '/api/ratings', { token: user?.accessToken, body: { productId, rating, review } });

describe('POST /api/ratings', () => {
  it('needs a bearer token; any signed-in role may rate', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    expect((await rate(undefined, p.id, 4)).status).toBe(401);
    for (const user of [who.customer, who.otherSeller, who.admin]) {
      expect((await rate(user, p.id, 4)).status).toBe(200);
    }
  });

  it('answers the rating, not yet a verified purchase', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const res = await rate(who.customer, p.id, 5, 'Great sound.');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(String),
      productId: p.id,
      userId: who.customer.id,
      authorName: 'Anonymous',
      rating: 5,
      review: 'Great sound.',
      verifiedPurchase: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('keeps one rating per user and product: a second replaces the first; average and count follow', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const product = async () => (await server.api('GET', `/api/products/${p.id}`)).body;
    const first = await rate(who.customer, p.id, 2, 'Meh');
    expect(await product()).toMatchObject({ ratingAverage: 2, ratingCount: 1 });
    const second = await rate(who.customer, p.id, 4);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body).toMatchObject({ rating: 4, review: null });
    expect(await product()).toMatchObject({ ratingAverage: 4, ratingCount: 1 });
    await rate(who.otherSeller, p.id, 5);
    await rate(who.admin, p.id, 5);
    expect(await product()).toMatchObject({ ratingAverage: 4.67, ratingCount: 3 });
    const rows = await server.deps.db.select().from(ratings).where(eq(ratings.productId, p.id));
    expect(rows).toHaveLength(3);
  });

  it('keeps average and count exact under concurrent ratings of one product', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const users = await Promise.all(Array.from({ length: 8 }, () => createUser(server)));
    const results = await Promise.all(users.map((u, i) => rate(u, p.id, (i % 5) + 1)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const [row] = await server.deps.db.select().from(products).where(eq(products.id, p.id));
    const expected = users.map((_, i) => (i % 5) + 1);
    expect(row?.ratingCount).toBe(8);
    expect(row?.ratingAverage).toBeCloseTo(expected.reduce((a, b) => a + b, 0) / 8, 10);
  });

  it.each([
    ['0', 0],
    ['6', 6],
    ['3.5', 3.5],
    ['a string', '5'],
    ['null', null],
  ])('answers 400 for a rating of %s', async (_label, rating) => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const res = await rate(who.customer, p.id, rating);
    expect(res.status).toBe(400);
    expect(res.body.issues[0].path).toEqual(['rating']);
  });

  it('answers 400 for a review over 2000 characters and 404 for unknown, malformed or deleted products', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    expect((await rate(who.customer, p.id, 3, 'r'.repeat(2001))).status).toBe(400);
    await server.api('DELETE', `/api/products/${p.id}`, { token: who.seller.accessToken });
    for (const id of [p.id, UNKNOWN_ID, ...MALFORMED_IDS]) {
      const res = await rate(who.customer, id, 3);
      expect(res.status, id).toBe(404);
    }
  });
});

describe('GET /api/products/{id}/ratings', () => {
  it('lists newest first with average and count, paging without repeats while ratings arrive', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const users = [];
    for (let i = 0; i < 5; i++) {
      const u = await createUser(server);
      users.push(u);
      await rate(u, p.id, i + 1);
    }
    const res = await server.api('GET', `/api/products/${p.id}/ratings?limit=2`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ average: 3, count: 5 });
    expect(res.body.items.map((r: { userId: string }) => r.userId)).toEqual([users[4]?.id, users[3]?.id]);
    const seen = await pageThrough(server, `/api/products/${p.id}/ratings?limit=2`, {
      between: async () => {
        await rate(await createUser(server), p.id, 1);
      },
    });
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('answers null average for an unrated product, 404 for unknown or malformed ids', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const res = await server.api('GET', `/api/products/${p.id}/ratings`);
    expect(res.body).toEqual({ items: [], nextCursor: null, average: null, count: 0 });
    for (const id of [UNKNOWN_ID, 'nope']) {
      expect((await server.api('GET', `/api/products/${id}/ratings`)).status).toBe(404);
    }
  });
});

describe('comments', () => {
  it('needs a bearer token and answers 201 with the author’s display name', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const email = uniqueEmail();
    const reg = await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD, name: 'Ada' } });
    expect((await server.api('POST', '/api/comments', { body: { productId: p.id, body: 'hi' } })).status).toBe(401);
    const res = await server.api('POST', '/api/comments', {
      token: reg.body.accessToken,
      body: { productId: p.id, body: 'Does it fold?' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      productId: p.id,
      userId: reg.body.user.id,
      authorName: 'Ada',
      body: 'Does it fold?',
      createdAt: expect.any(String),
    });
  });

  it('stores the body exactly as given and returns it as a JSON string (no HTML handling)', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const body = `  <script>alert("x")</script> & "quotes" \\ 'apostrophes'\n\t🎧 ${'é'.repeat(10)}  `;
    const created = await server.api('POST', '/api/comments', {
      token: who.customer.accessToken,
      body: { productId: p.id, body },
    });
    expect(created.status).toBe(201);
    const list = await server.api('GET', `/api/products/${p.id}/comments`);
    expect(list.headers.get('content-type')).toMatch(/application\/json/);
    expect(list.body.items[0].body).toBe(body);
  });

  it('accepts 1 and 2000 characters (emoji count as one), refuses 0, 2001 and blank bodies', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const post = (body: unknown) =>
      server.api('POST', '/api/comments', { token: who.customer.accessToken, body: { productId: p.id, body } });
    for (const ok of ['x', 'x'.repeat(2000), '🎧'.repeat(2000)]) expect((await post(ok)).status).toBe(201);
    for (const bad of ['', 'x'.repeat(2001), '🎧'.repeat(2001), '   \n ', 42, null, 'a\u0000b']) {
      const res = await post(bad);
      expect(res.status, JSON.stringify(bad)?.slice(0, 20)).toBe(400);
      expect(res.body.issues[0].path).toEqual(['body']);
    }
  });

  it('pages newest first without repeats while comments arrive; 404 for unknown or deleted products', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const post = (text: string) =>
      server.api('POST', '/api/comments', { token: who.customer.accessToken, body: { productId: p.id, body: text } });
    const made: { id: string; at: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(`comment ${i}`);
      made.push({ id: res.body.id, at: res.body.createdAt });
    }
    const seen = await pageThrough(server, `/api/products/${p.id}/comments?limit=2`, {
      between: async () => {
        await post('late');
      },
    });
    expect(seen).toEqual(newestFirst(made));
    await server.api('DELETE', `/api/products/${p.id}`, { token: who.seller.accessToken });
    expect((await server.api('GET', `/api/products/${p.id}/comments`)).status).toBe(404);
    expect((await post('after delete')).status).toBe(404);
    for (const id of [UNKNOWN_ID, 'nope']) {
      expect((await server.api('GET', `/api/products/${id}/comments`)).status).toBe(404);
    }
  });
});
