import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogActors, makeProduct, startCatalogSuite } from './catalog-helpers';
import type { TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
let categoryId: string;
beforeAll(async () => {
  ({ server, who, categoryId } = await startCatalogSuite());
  for (let i = 0; i < 3; i++) await makeProduct(server, who.seller, { name: `Walnut shelf ${i}`, categoryId });
});
afterAll(() => server.close());

describe('HTTP manners', () => {
  it.each([
    // `me` is also an {id}: PATCH /users/{id} matches it.
    ['DELETE', '/api/users/me', 'GET, PATCH'],
    ['PUT', '/api/cart', 'GET, POST'],
    ['GET', '/api/checkout/create-session', 'POST'],
    ['POST', '/api/products/abc', 'GET, PUT, DELETE'],
    ['PUT', '/api/CART/', 'GET, POST'],
    ['POST', '/healthz', 'GET'],
    ['DELETE', '/api/openapi.json', 'GET'],
    ['GET', '/api/webhooks/stripe', 'POST'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await server.api(method, path, { token: who.customer.accessToken });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.body.code).toBe('METHOD_NOT_SUPPORTED');
  });

  it('still answers 404 for a path that is not ours, whatever the method', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['POST', '/api/products/a/b/c'],
      ['DELETE', '/nothing'],
    ]) {
      expect((await server.api(method ?? '', path ?? '')).status, `${method} ${path}`).toBe(404);
    }
  });

  it('answers HEAD as GET would, without a body: the status of the GET, 405 where GET is not allowed', async () => {
    const product = (await server.api('GET', '/api/products?limit=1')).body.items[0].id;
    for (const [path, status] of [
      ['/api/products', 200],
      [`/api/products/${product}`, 200],
      ['/api/products/not-a-product', 404],
      ['/api/users/me', 401],
      ['/api/nothing', 404],
      ['/api/webhooks/stripe', 405],
      ['/api/checkout/create-session', 405],
      ['/healthz', 200],
      ['/trpc/categories.list?input=%7B%7D', 200],
      ['/trpc/no.such.procedure', 404],
    ] as const) {
      const res = await server.api('HEAD', path);
      expect([res.status, res.text], `HEAD ${path}`).toEqual([status, '']);
    }
  });

  it('treats one trailing slash as none, and more than one as another path (404 whatever the method)', async () => {
    expect((await server.api('POST', '/healthz/')).status).toBe(405);
    for (const [method, path] of [
      ['POST', '/healthz//'],
      ['GET', '/healthz//'],
      ['PUT', '/api/products//'],
      ['DELETE', '/docs///'],
    ] as const) {
      expect((await server.api(method, path)).status, `${method} ${path}`).toBe(404);
    }
  });

  it('answers GET / with a small JSON index whose links work', async () => {
    const res = await server.api('GET', '/');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Mercato API', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    for (const key of ['docs', 'openapi', 'health', 'ready']) {
      expect((await server.api('GET', res.body.links[key])).status, key).toBe(200);
    }
  });

  it('serves /docs/ like /docs', async () => {
    const [plain, slash] = await Promise.all([server.api('GET', '/docs'), server.api('GET', '/docs/')]);
    expect(slash.status).toBe(200);
    expect(slash.text).toBe(plain.text);
  });

  it('answers sort=relevance without a search text with 400, on search and lists', async () => {
    for (const path of [
      '/api/search?sort=relevance',
      '/api/search?q=%20%20&sort=relevance',
      '/api/products?sort=relevance',
    ]) {
      const res = await server.api('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.body.issues[0].path).toEqual(['sort']);
    }
    expect((await server.api('GET', '/api/search?q=walnut&sort=relevance')).status).toBe(200);
  });

  it('answers a search cursor reused with another q with 400; the same q (any case) resumes', async () => {
    for (const sort of ['relevance', 'newest']) {
      const first = await server.api('GET', `/api/search?q=walnut&sort=${sort}&limit=1`);
      const cursor = encodeURIComponent(first.body.nextCursor);
      expect(first.body.nextCursor, sort).toBeTruthy();
      const other = await server.api('GET', `/api/search?q=shelf&sort=${sort}&limit=1&cursor=${cursor}`);
      expect([other.status, other.body.message], sort).toEqual([400, 'Invalid cursor']);
      const none = await server.api(
        'GET',
        `/api/search?sort=${sort === 'relevance' ? 'newest' : sort}&cursor=${cursor}`,
      );
      expect(none.status, sort).toBe(400);
      const same = await server.api('GET', `/api/search?q=WALNUT&sort=${sort}&limit=1&cursor=${cursor}`);
      expect(same.status, sort).toBe(200);
      expect(same.body.items[0].id).not.toBe(first.body.items[0].id);
    }
  });

  it('exposes Idempotent-Replayed to browsers', async () => {
    const res = await server.api('GET', '/api/products', { headers: { origin: 'https://shop.example' } });
    const exposed = (res.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/,\s*/);
    expect(exposed).toContain('idempotent-replayed');
  });

  it('refuses a seller rating their own product (403), and lets others rate it', async () => {
    const product = await makeProduct(server, who.seller, { categoryId });
    const own = await server.api('POST', '/api/ratings', {
      token: who.seller.accessToken,
      body: { productId: product.id, rating: 5 },
    });
    expect([own.status, own.body.code]).toEqual([403, 'FORBIDDEN']);
    const after = await server.api('GET', `/api/products/${product.id}`);
    expect(after.body.ratingCount).toBe(0);
    const other = await server.api('POST', '/api/ratings', {
      token: who.otherSeller.accessToken,
      body: { productId: product.id, rating: 4 },
    });
    expect(other.status).toBe(200);
  });

  it('closes the quote of the 415 message', async () => {
    const res = await server.api('POST', '/api/users/login', { raw: 'x', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body.message).toBe('Unsupported content-type "text/plain": send application/json');
  });
});
