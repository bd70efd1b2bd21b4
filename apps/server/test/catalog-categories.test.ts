import { catalog } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogActors,
  catalogActors,
  MALFORMED_IDS,
  makeCategory,
  makeProduct,
  pageThrough,
  UNKNOWN_ID,
  unique,
} from './catalog-helpers';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
beforeAll(async () => {
  server = await startTestServer();
  who = await catalogActors(server);
});
afterAll(() => server.close());

describe('POST /api/categories', () => {
  it('lets only an admin create: anonymous 401, customer and seller 403', async () => {
    const body = { name: unique('Gadgets') };
    expect((await server.api('POST', '/api/categories', { body })).status).toBe(401);
    for (const user of [who.customer, who.seller]) {
      const res = await server.api('POST', '/api/categories', { token: user.accessToken, body });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const created = await server.api('POST', '/api/categories', { token: who.admin.accessToken, body });
    expect(created.status).toBe(201);
  });

  it('answers 201 with the category, a slug derived from the name and no products', async () => {
    const res = await server.api('POST', '/api/categories', {
      token: who.admin.accessToken,
      body: { name: '  Café & Crème Supplies  ', description: 'Everything for the barista' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Café & Crème Supplies',
      slug: 'cafe-creme-supplies',
      description: 'Everything for the barista',
      productCount: 0,
    });
  });

  it('answers 409 on a taken name, whatever its case', async () => {
    const name = unique('Garden Tools');
    await makeCategory(server, who.admin, name);
    for (const again of [name, name.toUpperCase(), ` ${name.toLowerCase()} `]) {
      const res = await server.api('POST', '/api/categories', { token: who.admin.accessToken, body: { name: again } });
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ code: 'CONFLICT', message: expect.stringMatching(/already exists/) });
    }
  });

  it('folds case beyond ASCII, whatever the database locale: É/é, ß/SS', async () => {
    const tag = unique('x');
    await makeCategory(server, who.admin, `Électronique ${tag}`);
    await makeCategory(server, who.admin, `Straße ${tag}`);
    for (const name of [`électronique ${tag}`, `STRASSE ${tag}`, `strasse ${tag}`]) {
      const res = await server.api('POST', '/api/categories', { token: who.admin.accessToken, body: { name } });
      expect(res.status, name).toBe(409);
    }
  });

  it('gives distinct names that share a slug distinct slugs', async () => {
    const base = unique('Home');
    const a = await makeCategory(server, who.admin, `${base} & Garden`);
    const b = await makeCategory(server, who.admin, `${base} Garden`);
    expect(b.slug).toBe(`${a.slug}-2`);
  });

  it('answers 400 with issues for a missing, blank, too long or non-string name', async () => {
    for (const body of [{}, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 42 }, { name: 'a\u0000b' }]) {
      const res = await server.api('POST', '/api/categories', { token: who.admin.accessToken, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('BAD_REQUEST');
      expect(res.body.issues[0].path).toEqual(['name']);
    }
  });
});

describe('GET /api/categories/{id}', () => {
  it('counts live products only', async () => {
    const category = await makeCategory(server, who.admin);
    const kept = await makeProduct(server, who.seller, { categoryId: category.id });
    const gone = await makeProduct(server, who.seller, { categoryId: category.id });
    void kept;
    await server.api('DELETE', `/api/products/${gone.id}`, { token: who.seller.accessToken });
    const res = await server.api('GET', `/api/categories/${category.id}`);
    expect(res.status).toBe(200);
    expect(res.body.productCount).toBe(1);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of [UNKNOWN_ID, ...MALFORMED_IDS]) {
      const res = await server.api('GET', `/api/categories/${encodeURIComponent(id)}`);
      expect(res.status, id).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /api/categories', () => {
  it('lists alphabetically (case-insensitive) and pages without skipping or repeating', async () => {
    const prefix = unique('zz list');
    for (const n of ['b', 'A', 'c', 'D', 'e']) await makeCategory(server, who.admin, `${prefix} ${n}`);
    const all = await pageThrough(server, '/api/categories?limit=100');
    const res = await server.api('GET', '/api/categories?limit=100');
    const names: string[] = res.body.items.map((c: { name: string }) => c.name);
    // Ordered by the case-folded name, code point by code point, on any server collation.
    const key = catalog.categoryNameKey;
    expect(names).toEqual([...names].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)));
    const inserted: string[] = [];
    const paged = await pageThrough(server, '/api/categories?limit=2', {
      between: async (page) => {
        inserted.push((await makeCategory(server, who.admin, `${prefix} inserted ${page}`)).id);
      },
    });
    expect(new Set(paged).size).toBe(paged.length);
    for (const id of all) expect(paged).toContain(id);
  });

  it('pages names beyond ASCII without skipping any', async () => {
    const tag = unique('page');
    for (const n of ['Électronique', 'Zebra', 'élan', 'Ärger', 'apple'])
      await makeCategory(server, who.admin, `${n} ${tag}`);
    const all = await pageThrough(server, '/api/categories?limit=100');
    for (const limit of [1, 2, 3]) {
      const paged = await pageThrough(server, `/api/categories?limit=${limit}`);
      expect(paged).toEqual(all);
    }
  });

  it('answers 400 for an invalid cursor or limit', async () => {
    const nul = Buffer.from(JSON.stringify(['a\u0000b'])).toString('base64url');
    for (const q of ['cursor=garbage', 'limit=0', 'limit=101', 'limit=abc', `cursor=${nul}`]) {
      const res = await server.api('GET', `/api/categories?${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

describe('PUT /api/categories/{id}', () => {
  it('renames (admin only) and re-slugs; 409 on another category’s name', async () => {
    const category = await makeCategory(server, who.admin);
    const other = await makeCategory(server, who.admin);
    const newName = unique('Renamed');
    expect((await server.api('PUT', `/api/categories/${category.id}`, { body: { name: newName } })).status).toBe(401);
    const forbidden = await server.api('PUT', `/api/categories/${category.id}`, {
      token: who.seller.accessToken,
      body: { name: newName },
    });
    expect(forbidden.status).toBe(403);
    const res = await server.api('PUT', `/api/categories/${category.id}`, {
      token: who.admin.accessToken,
      body: { name: newName },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: newName, slug: newName.toLowerCase().replace(/ /g, '-') });
    const clash = await server.api('PUT', `/api/categories/${category.id}`, {
      token: who.admin.accessToken,
      body: { name: other.name.toUpperCase() },
    });
    expect(clash.status).toBe(409);
    const missing = await server.api('PUT', `/api/categories/${UNKNOWN_ID}`, {
      token: who.admin.accessToken,
      body: { name: unique('x') },
    });
    expect(missing.status).toBe(404);
  });
});
