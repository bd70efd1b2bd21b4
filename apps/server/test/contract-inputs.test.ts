import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, 'admin');
  const category = await server.api('POST', '/api/categories', { token: admin.accessToken, body: { name: 'Desks' } });
  for (const [name, priceCents, stock] of [
    ['Oak desk', 30_000, 2],
    ['Pine desk', 10_000, 0],
    ['Birch desk', 20_000, 5],
  ] as const) {
    const res = await server.api('POST', '/api/products', {
      token: admin.accessToken,
      body: { name, priceCents, stock, categoryId: category.body.id },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => server.close());

/** A single (unbatched) tRPC query over HTTP, as any tRPC client sends it. */
async function trpcQuery(path: string, input: unknown) {
  const res = await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  return { status: res.status, body: (await res.json()) as { error: { data: { code: string } } } };
}

describe('REST query strings are converted to the inputs’ types', () => {
  it('reads numbers and booleans from the query string', async () => {
    const page = await server.api('GET', '/api/products?limit=2');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);

    const inStock = await server.api('GET', '/api/search?inStock=true&minPriceCents=15000&maxPriceCents=40000');
    expect(inStock.status).toBe(200);
    expect(inStock.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['Birch desk', 'Oak desk']);

    // "false" is false (no filter), not a truthy string.
    const all = await server.api('GET', '/api/search?inStock=false&limit=10');
    expect(all.body.items).toHaveLength(3);
  });

  it.each([
    ['limit=abc', '/api/products?limit=abc', 'limit'],
    ['limit=0', '/api/products?limit=0', 'limit'],
    ['an empty limit', '/api/categories?limit=', 'limit'],
    ['limit=2.5', '/api/search?limit=2.5', 'limit'],
    ['a repeated limit', '/api/products?limit=2&limit=3', 'limit'],
    ['inStock=yes', '/api/search?inStock=yes', 'inStock'],
    ['minPriceCents=1e3', '/api/search?minPriceCents=1e3', 'minPriceCents'],
    ['minPriceCents above maxPriceCents', '/api/search?minPriceCents=5&maxPriceCents=4', 'minPriceCents'],
  ])('answers 400 naming the field for %s', async (_label, path, field) => {
    const res = await server.api('GET', path);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_REQUEST');
    expect(res.body.issues.map((i: { path: string[] }) => i.path[0])).toContain(field);
  });

  it.each([
    ['/api/products?limit=abc', 'Expected an integer from 1 to 100'],
    ['/api/categories?limit=', 'Expected an integer from 1 to 100'],
    ['/api/search?limit=2.5', 'Expected an integer from 1 to 100'],
    ['/api/products?limit=101', 'Expected an integer from 1 to 100'],
    ['/api/search?minPriceCents=1e3', 'Expected an integer from 0 to 2147483647'],
    ['/api/search?inStock=yes', 'Expected true or false'],
  ])('says what a query value must be, not how it arrived (%s)', async (path, message) => {
    const res = await server.api('GET', path);
    expect(res.status).toBe(400);
    expect(res.body.issues[0].message).toBe(message);
  });

  it('converts query strings of admin lists too (users, orders)', async () => {
    const users = await server.api('GET', '/api/users?limit=1', { token: admin.accessToken });
    expect(users.status).toBe(200);
    expect(users.body.items).toHaveLength(1);
    const orders = await server.api('GET', '/api/admin/orders?limit=x', { token: admin.accessToken });
    expect(orders.status).toBe(400);
  });
});

describe('tRPC inputs are exact at run time, as their types say', () => {
  it('refuses text where a number or a boolean is due, even after REST calls converted the same fields', async () => {
    // A REST call first: trpc-to-openapi would switch a plain number schema to coercion in place.
    expect((await server.api('GET', '/api/search?limit=2&inStock=true&minPriceCents=1')).status).toBe(200);

    expect((await trpcQuery('products.list', { limit: 2 })).status).toBe(200);
    for (const [path, input] of [
      ['products.list', { limit: '2' }],
      ['categories.list', { limit: '2' }],
      ['search.query', { inStock: 'true' }],
      ['search.query', { minPriceCents: '100' }],
      ['search.query', { maxPriceCents: '100' }],
    ] as const) {
      const res = await trpcQuery(path, input);
      expect(res.status, `${path} ${JSON.stringify(input)}`).toBe(400);
      expect(res.body.error.data.code).toBe('BAD_REQUEST');
    }
  });
});
