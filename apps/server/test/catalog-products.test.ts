import { catalog } from '@mercato/core';
import { products } from '@mercato/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogActors,
  MALFORMED_IDS,
  makeCategory,
  makeProduct,
  newestFirst,
  pageThrough,
  startCatalogSuite,
  UNKNOWN_ID,
  unique,
} from './catalog-helpers';
import type { TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
let categoryId: string;
beforeAll(async () => {
  ({ server, who, categoryId } = await startCatalogSuite());
});
afterAll(() => server.close());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('POST /api/products', () => {
  it('lets a seller create (201, seller is the caller, usd currency, no rating yet)', async () => {
    const res = await server.api('POST', '/api/products', {
      token: who.seller.accessToken,
      body: {
        name: 'Trail Running Shoes',
        description: 'Light and grippy.',
        priceCents: 12_999,
        stock: 7,
        categoryId,
        imageUrl: 'https://images.example.com/shoes.jpg',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Trail Running Shoes',
      description: 'Light and grippy.',
      priceCents: 12_999,
      currency: 'usd',
      stock: 7,
      categoryId,
      categoryName: expect.any(String),
      imageUrl: 'https://images.example.com/shoes.jpg',
      sellerId: who.seller.id,
      ratingAverage: null,
      ratingCount: 0,
      createdAt: expect.stringMatching(ISO),
      updatedAt: expect.stringMatching(ISO),
    });
  });

  it('lets an admin create; anonymous is 401 and a customer 403', async () => {
    const body = { name: unique('Lamp'), priceCents: 500, stock: 1, categoryId };
    expect((await server.api('POST', '/api/products', { body })).status).toBe(401);
    const customer = await server.api('POST', '/api/products', { token: who.customer.accessToken, body });
    expect(customer.status).toBe(403);
    const admin = await server.api('POST', '/api/products', { token: who.admin.accessToken, body });
    expect(admin.status).toBe(201);
    expect(admin.body.sellerId).toBe(who.admin.id);
  });

  it.each([
    ['negative price', { priceCents: -1 }, 'priceCents'],
    ['fractional price', { priceCents: 9.99 }, 'priceCents'],
    ['price as a string', { priceCents: '999' }, 'priceCents'],
    ['negative stock', { stock: -1 }, 'stock'],
    ['fractional stock', { stock: 1.5 }, 'stock'],
    ['empty name', { name: '' }, 'name'],
    ['blank name', { name: '   ' }, 'name'],
    ['name over 200 characters', { name: 'n'.repeat(201) }, 'name'],
    ['description over 5000 characters', { description: 'd'.repeat(5001) }, 'description'],
    ['relative image URL', { imageUrl: '/images/a.png' }, 'imageUrl'],
    ['javascript: image URL', { imageUrl: 'javascript:alert(1)' }, 'imageUrl'],
    ['ftp image URL', { imageUrl: 'ftp://example.com/a.png' }, 'imageUrl'],
    ['malformed categoryId', { categoryId: 'not-a-category' }, 'categoryId'],
    ['unknown categoryId', { categoryId: UNKNOWN_ID }, 'categoryId'],
  ])('answers 400 with issues for a %s', async (_label, patch, field) => {
    const res = await server.api('POST', '/api/products', {
      token: who.seller.accessToken,
      body: { name: 'Valid name', priceCents: 100, stock: 1, categoryId, ...patch },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_REQUEST');
    expect(res.body.issues.map((i: { path: string[] }) => i.path[0])).toContain(field);
  });

  it('accepts a 200-character name of emoji (characters, not UTF-16 units)', async () => {
    const res = await server.api('POST', '/api/products', {
      token: who.seller.accessToken,
      body: { name: '🎧'.repeat(200), priceCents: 0, stock: 0, categoryId },
    });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('🎧'.repeat(200));
  });

  it('answers 400 (not 500) for malformed JSON', async () => {
    const res = await server.api('POST', '/api/products', { token: who.seller.accessToken, raw: '{"name":' });
    expect(res.status).toBe(400);
  });
});

describe('GET /api/products/{id}', () => {
  it('answers the product to anyone', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    const res = await server.api('GET', `/api/products/${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(p.id);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of [UNKNOWN_ID, ...MALFORMED_IDS]) {
      const res = await server.api('GET', `/api/products/${encodeURIComponent(id)}`);
      expect(res.status, id).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'Product not found' });
    }
  });
});

describe('PUT /api/products/{id}', () => {
  it('lets the owning seller and an admin change any subset of fields', async () => {
    const p = await makeProduct(server, who.seller, { categoryId, stock: 3 });
    const other = await makeCategory(server, who.admin);
    const own = await server.api('PUT', `/api/products/${p.id}`, {
      token: who.seller.accessToken,
      body: { priceCents: 2_500 },
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ priceCents: 2_500, stock: 3, name: p.name });
    const admin = await server.api('PUT', `/api/products/${p.id}`, {
      token: who.admin.accessToken,
      body: { categoryId: other.id, imageUrl: null, description: null, stock: 0 },
    });
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ categoryId: other.id, categoryName: other.name, imageUrl: null, stock: 0 });
  });

  it('moves updatedAt to the time of a change, and only on a change (injected clock)', async () => {
    const realNow = server.deps.now;
    // Within the access tokens' 15 minutes, so the callers stay signed in under the injected clock.
    const created = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
    const changed = new Date(created.getTime() + 4 * 60_000 + 321);
    try {
      server.deps.now = () => created;
      const p = await makeProduct(server, who.seller, { categoryId });
      expect(p.createdAt).toBe(created.toISOString());
      server.deps.now = () => changed;
      const put = (body: object) => server.api('PUT', `/api/products/${p.id}`, { token: who.seller.accessToken, body });
      const unchanged = await put({});
      expect(unchanged.status).toBe(200);
      expect(unchanged.body.updatedAt).toBe(created.toISOString());
      const moved = await put({ stock: 9 });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        createdAt: created.toISOString(),
        updatedAt: changed.toISOString(),
        stock: 9,
      });
    } finally {
      server.deps.now = realNow;
    }
  });

  it('answers 401 anonymous, 403 customer and other seller, leaving the product unchanged', async () => {
    const p = await makeProduct(server, who.seller, { categoryId, priceCents: 1_000 });
    const body = { priceCents: 1 };
    expect((await server.api('PUT', `/api/products/${p.id}`, { body })).status).toBe(401);
    for (const user of [who.customer, who.otherSeller]) {
      const res = await server.api('PUT', `/api/products/${p.id}`, { token: user.accessToken, body });
      expect(res.status).toBe(403);
    }
    expect((await server.api('GET', `/api/products/${p.id}`)).body.priceCents).toBe(1_000);
  });

  it('answers 400 for invalid fields or an unknown category, 404 for unknown ids', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    for (const body of [{ stock: -5 }, { priceCents: 'free' }, { categoryId: UNKNOWN_ID }, { name: '' }]) {
      const res = await server.api('PUT', `/api/products/${p.id}`, { token: who.seller.accessToken, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.issues).toHaveLength(1);
    }
    for (const id of [UNKNOWN_ID, 'garbage']) {
      const res = await server.api('PUT', `/api/products/${id}`, { token: who.admin.accessToken, body: { stock: 1 } });
      expect(res.status).toBe(404);
    }
  });
});

describe('DELETE /api/products/{id}', () => {
  it('answers 401/403 to anonymous, customer and other seller', async () => {
    const p = await makeProduct(server, who.seller, { categoryId });
    expect((await server.api('DELETE', `/api/products/${p.id}`)).status).toBe(401);
    for (const user of [who.customer, who.otherSeller]) {
      expect((await server.api('DELETE', `/api/products/${p.id}`, { token: user.accessToken })).status).toBe(403);
    }
    expect((await server.api('GET', `/api/products/${p.id}`)).status).toBe(200);
  });

  it('soft-deletes for the owner and for an admin: reads and writes then 404, the row stays', async () => {
    for (const actor of [who.seller, who.admin]) {
      const p = await makeProduct(server, who.seller, { categoryId });
      const res = await server.api('DELETE', `/api/products/${p.id}`, { token: actor.accessToken });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ok: true });
      expect((await server.api('GET', `/api/products/${p.id}`)).status).toBe(404);
      const update = await server.api('PUT', `/api/products/${p.id}`, { token: actor.accessToken, body: { stock: 1 } });
      expect(update.status).toBe(404);
      expect((await server.api('DELETE', `/api/products/${p.id}`, { token: actor.accessToken })).status).toBe(404);
      const [row] = await server.deps.db.select().from(products).where(eq(products.id, p.id));
      expect(row?.deletedAt).toBeInstanceOf(Date);
    }
  });

  it('drops deleted products from lists', async () => {
    const mine = await makeCategory(server, who.admin);
    const a = await makeProduct(server, who.seller, { categoryId: mine.id });
    const b = await makeProduct(server, who.seller, { categoryId: mine.id });
    await server.api('DELETE', `/api/products/${a.id}`, { token: who.seller.accessToken });
    expect(await pageThrough(server, `/api/products?categoryId=${mine.id}`)).toEqual([b.id]);
  });
});

describe('GET /api/products', () => {
  it('pages newest first without skipping or repeating while products are inserted between pages', async () => {
    const mine = await makeCategory(server, who.admin);
    const before: { id: string; at: string }[] = [];
    for (let i = 0; i < 13; i++) {
      const made = await makeProduct(server, who.seller, { categoryId: mine.id });
      before.push({ id: made.id, at: made.createdAt });
    }
    const inserted: string[] = [];
    const seen = await pageThrough(server, `/api/products?categoryId=${mine.id}&limit=4`, {
      between: async () => {
        inserted.push((await makeProduct(server, who.seller, { categoryId: mine.id })).id);
      },
    });
    expect(seen).toEqual(newestFirst(before));
    expect(inserted).toHaveLength(3);
  });

  it.each([
    ['price_asc', (a: any, b: any) => a.priceCents - b.priceCents || a.id.localeCompare(b.id)],
    ['price_desc', (a: any, b: any) => b.priceCents - a.priceCents || b.id.localeCompare(a.id)],
    ['popular', () => 0],
    ['rating', () => 0],
  ])('pages sort=%s in order, each item once, while rows are inserted', async (sort, compare) => {
    const mine = await makeCategory(server, who.admin);
    const made: { id: string; priceCents: number }[] = [];
    for (const price of [500, 100, 300, 100, 900, 700, 300, 200, 100]) {
      made.push(await makeProduct(server, who.seller, { categoryId: mine.id, priceCents: price }));
    }
    const path = `/api/products?categoryId=${mine.id}&limit=2&sort=${sort}`;
    const seen = await pageThrough(server, path, {
      between: async (page) => {
        await makeProduct(server, who.seller, { categoryId: mine.id, priceCents: page % 2 ? 50 : 5_000 });
      },
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const p of made) expect(seen).toContain(p.id);
    if (sort.startsWith('price')) {
      const originals = made.map((p) => ({ id: p.id, priceCents: p.priceCents })).sort(compare);
      expect(seen.filter((id) => made.some((p) => p.id === id))).toEqual(originals.map((p) => p.id));
    }
  });

  it('rejects sort=relevance (no text to rank by), unknown sorts and foreign cursors with 400', async () => {
    const relevance = await server.api('GET', '/api/products?limit=3&sort=relevance');
    expect([relevance.status, relevance.body.issues?.[0]?.path]).toEqual([400, ['sort']]);
    expect((await server.api('GET', '/api/products?sort=cheapest')).status).toBe(400);
    const priceCursor = (await server.api('GET', '/api/products?limit=1&sort=price_asc')).body.nextCursor;
    const crossed = await server.api('GET', `/api/products?sort=newest&cursor=${priceCursor}`);
    expect(crossed.status).toBe(400);
    const forged = Buffer.from(JSON.stringify(['price_asc', 'all', '', '1; DROP TABLE products', UNKNOWN_ID])).toString(
      'base64url',
    );
    expect((await server.api('GET', `/api/products?sort=price_asc&cursor=${forged}`)).status).toBe(400);
    // Dates JavaScript accepts but PostgreSQL refuses must be a 400, not a database error.
    for (const at of ['0000-01-01T00:00:00.000Z', '2021-02-29T00:00:00.000Z', '2020-02-30T00:00:00.000Z']) {
      const cursor = Buffer.from(JSON.stringify(['newest', 'all', '', at, UNKNOWN_ID])).toString('base64url');
      expect((await server.api('GET', `/api/products?cursor=${cursor}`)).status, at).toBe(400);
    }
  });

  it('answers an empty page for an unknown or malformed categoryId filter', async () => {
    for (const id of [UNKNOWN_ID, 'nope']) {
      const res = await server.api('GET', `/api/products?categoryId=${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [], nextCursor: null });
    }
  });
});

describe('inventory', () => {
  it('never lets stock go below zero, whatever the concurrency', async () => {
    const p = await makeProduct(server, who.seller, { categoryId, stock: 5 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => catalog.adjustStock(server.deps.db, p.id, -1)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.every((r) => r.reason.code === 'CONFLICT')).toBe(true);
    expect((await server.api('GET', `/api/products/${p.id}`)).body.stock).toBe(0);
    expect(await catalog.adjustStock(server.deps.db, p.id, 3)).toBe(3);
  });

  it('has a CHECK constraint as the backstop for any code path', async () => {
    const p = await makeProduct(server, who.seller, { categoryId, stock: 1 });
    await expect(
      server.deps.db.execute(sql`UPDATE products SET stock = stock - 2 WHERE id = ${p.id}`),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
  });
});
