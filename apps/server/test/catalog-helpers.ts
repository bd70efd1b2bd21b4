import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { createUser, startTestServer, type TestServer, type TestUser } from './helpers';

export interface CatalogActors {
  admin: TestUser;
  seller: TestUser;
  otherSeller: TestUser;
  customer: TestUser;
}

export async function catalogActors(server: TestServer): Promise<CatalogActors> {
  const [admin, seller, otherSeller, customer] = await Promise.all([
    createUser(server, 'admin'),
    createUser(server, 'seller'),
    createUser(server, 'seller'),
    createUser(server, 'customer'),
  ]);
  return { admin, seller, otherSeller, customer };
}

/** A file's server, its four actors and one category to put products in. */
export async function startCatalogSuite(): Promise<{ server: TestServer; who: CatalogActors; categoryId: string }> {
  const server = await startTestServer();
  const who = await catalogActors(server);
  const categoryId = (await makeCategory(server, who.admin)).id;
  return { server, who, categoryId };
}

export const unique = (prefix: string) => `${prefix} ${randomBytes(3).toString('hex')}`;

export async function makeCategory(server: TestServer, admin: TestUser, name = unique('Category')) {
  const res = await server.api('POST', '/api/categories', { token: admin.accessToken, body: { name } });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; name: string; slug: string };
}

export interface ProductBody {
  name?: string;
  description?: string | null;
  priceCents?: number;
  stock?: number;
  categoryId: string;
  imageUrl?: string | null;
}

export async function makeProduct(server: TestServer, owner: TestUser, body: ProductBody) {
  const res = await server.api('POST', '/api/products', {
    token: owner.accessToken,
    body: { name: unique('Product'), priceCents: 1_000, stock: 5, ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; name: string; priceCents: number; createdAt: string };
}

/** Follows nextCursor to the end and returns every item id, in order. */
export async function pageThrough(
  server: TestServer,
  path: string,
  opts: { token?: string; between?: (page: number) => Promise<void>; maxPages?: number } = {},
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < (opts.maxPages ?? 100); page++) {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path;
    const res = await server.api('GET', url, { token: opts.token });
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.items.map((i: { id?: string; productId?: string }) => i.id ?? i.productId));
    cursor = res.body.nextCursor;
    if (!cursor) return ids;
    await opts.between?.(page);
  }
  throw new Error('too many pages');
}

export const MALFORMED_IDS = ['nope', '123', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g', 'x'.repeat(1500)];
export const UNKNOWN_ID = '2f1b7c3e-8a4d-4e6f-9b0a-1c2d3e4f5a6b';

/** Newest first with the id as tie-break, as the API orders (createdAt, id) descending. */
export const newestFirst = (items: { id: string; at: string }[]) =>
  [...items].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).map((i) => i.id);
