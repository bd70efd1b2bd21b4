import { createHmac } from 'node:crypto';
import { idempotencyKeys } from '@mercato/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct } from './catalog-helpers';
import { ADDRESS, RETURN_URLS } from './commerce-helpers';
import { createUser, PASSWORD, startTestServer, TEST_SECRET, type TestServer, type TestUser } from './helpers';

let server: TestServer;
let admin: TestUser;
let seller: TestUser;
let customer: TestUser;
let productId: string;
let categoryId: string;

beforeAll(async () => {
  server = await startTestServer();
  [admin, seller, customer] = await Promise.all([
    createUser(server, 'admin'),
    createUser(server, 'seller'),
    createUser(server, 'customer'),
  ]);
  categoryId = (await makeCategory(server, admin)).id;
  productId = (await makeProduct(server, seller, { categoryId })).id;
});
afterAll(() => server.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token signed with the server's own key (what a leaked-key or fuzzing attacker would try). */
function signed(header: unknown, payload: unknown): string {
  const message = `${b64(header)}.${b64(payload)}`;
  return `${message}.${createHmac('sha256', TEST_SECRET).update(message).digest('base64url')}`;
}

describe('client errors that answered 500 (issue 8, hole 5)', () => {
  it('an access token with a non-string alg, or a string exp, is a 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: customer.id, role: 'customer', jti: 'j', iat: now, exp: now + 600 };
    for (const token of [
      signed({ alg: 1, typ: 'JWT' }, claims),
      signed({ alg: ['HS256'], typ: 'JWT' }, claims),
      signed({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: String(now + 600) }),
      signed({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: 'yesterday' }),
      signed({ alg: 'HS256', typ: 'JWT' }, { ...claims, sub: 42 }),
    ]) {
      const res = await server.api('GET', '/api/users/me', { token });
      expect(res.status, res.text).toBe(401);
    }
  });

  it('/docs/assets/ with a prototype key is a 404', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect((await fetch(`${server.url}/docs/assets/${name}`)).status, name).toBe(404);
    }
  });

  it('a NUL in any string field of a mutation is a 400', async () => {
    const nul = 'a\u0000b';
    const cases: [string, string, TestUser, unknown][] = [
      [
        'POST',
        '/api/products',
        seller,
        { name: 'Lamp', priceCents: 100, stock: 1, categoryId, imageUrl: `https://x.example/${nul}` },
      ],
      ['PUT', `/api/products/${productId}`, seller, { imageUrl: `https://x.example/${nul}` }],
      [
        'POST',
        '/api/checkout/create-session',
        customer,
        { ...RETURN_URLS, successUrl: `https://shop.example/${nul}`, address: ADDRESS },
      ],
      ['POST', '/api/checkout/create-session', customer, { ...RETURN_URLS, address: { ...ADDRESS, line1: nul } }],
      [
        'POST',
        '/api/checkout/create-session',
        customer,
        { ...RETURN_URLS, address: { ...ADDRESS, country: 'g\u0000' } },
      ],
      ['POST', '/api/checkout/confirm-payment', customer, { sessionId: nul }],
      ['POST', '/api/cart', customer, { productId: nul, quantity: 1 }],
      ['POST', '/api/wishlist', customer, { productId: nul }],
      ['POST', '/api/users/login', customer, { email: customer.email, password: `${PASSWORD}${nul}` }],
      ['POST', '/api/users/refresh', customer, { refreshToken: nul }],
      ['POST', '/api/products', seller, { name: 'Lamp', priceCents: 100, stock: 1, categoryId: nul }],
      ['POST', '/api/products', seller, { name: 'Lamp', priceCents: 100, stock: 1, categoryId, [`k${nul}`]: 1 }],
    ];
    for (const [method, path, who, body] of cases) {
      const res = await server.api(method, path, { token: who.accessToken, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}: ${res.text}`).toBe(400);
    }
    // Queries: search strips NUL from its words (200); an id with NUL is not one of ours (404, docs/api.md).
    expect((await server.api('GET', `/api/search?q=${encodeURIComponent(nul)}`)).status).toBe(200);
    const filter = await server.api('GET', `/api/admin/orders?userId=${encodeURIComponent(nul)}`, {
      token: admin.accessToken,
    });
    expect(filter.status).toBeLessThan(500);
    const path = await server.api('GET', `/api/checkout/session/${encodeURIComponent(nul)}`, {
      token: customer.accessToken,
    });
    expect(path.status).toBe(404);
  });
});

describe('found by the fuzz test', () => {
  it('a deeply nested body is a quick 400, not minutes of one core (the NUL check walked it in quadratic time)', async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    for (const [path, token] of [
      ['/api/categories', admin.accessToken],
      ['/api/comments', customer.accessToken],
    ] as const) {
      const started = performance.now();
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: nested(200_000),
      });
      expect(res.status, path).toBe(400);
      // Linear: ~0.1 s here; the quadratic walk took 21 s at a quarter of this depth.
      expect(performance.now() - started, path).toBeLessThan(5_000);
    }
    // The NUL is still found, and named, at depth.
    const deep = await server.api('POST', '/api/comments', {
      token: customer.accessToken,
      body: { productId, body: 'ok', extra: [[[{ note: 'a\u0000b' }]]] },
    });
    expect(deep.status).toBe(400);
    expect(deep.body.issues[0].path).toEqual(['extra.0.0.0.note']);
  }, 30_000);

  it('a NUL in the failed-jobs queue filter is a 400, not a 500', async () => {
    const res = await server.api('GET', `/api/admin/jobs/failed?queue=${encodeURIComponent('a\u0000b')}`, {
      token: admin.accessToken,
    });
    expect(res.status).toBe(400);
  });

  it('a refund of an order id that is not one of ours is a 404, not a 500', async () => {
    for (const id of ['x', '{{', '{\u00ad{']) {
      const res = await server.api('POST', `/api/orders/${encodeURIComponent(id)}/refund`, {
        token: admin.accessToken,
      });
      expect(res.status, id).toBe(404);
    }
  });
});

describe('smaller holes (issue 8, hole 9)', () => {
  it('a comment made only of zero-width or invisible characters is blank (400)', async () => {
    for (const body of ['\u200b\u200b', '\u2060', '\ufeff \u200d', '\u00ad\u034f', '\u3164', ' \u180e ']) {
      const res = await server.api('POST', '/api/comments', { token: customer.accessToken, body: { productId, body } });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('a token segment with padding or non-canonical trailing characters is a 401', async () => {
    const [h, p, s] = customer.accessToken.split('.') as [string, string, string];
    const tweakLast = (seg: string) => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const i = alphabet.indexOf(seg.at(-1) ?? 'A');
      return seg.slice(0, -1) + alphabet[i ^ 1];
    };
    for (const token of [`${h}.${p}.${s}=`, `${h}=.${p}.${s}`, `${h}.${p}==.${s}`, `${h}.${p}.${tweakLast(s)}`]) {
      const res = await server.api('GET', '/api/users/me', { token });
      expect(res.status, token).toBe(401);
    }
    expect((await server.api('GET', '/api/users/me', { token: customer.accessToken })).status).toBe(200);
  });
});

describe('path spelling and idempotency exclusions (issue 8, hole 6; fixed by the groundwork)', () => {
  it('/api/USERS/refresh and /api/users/login/ with an Idempotency-Key never store or replay tokens', async () => {
    const user = await createUser(server);
    const headers = { 'idempotency-key': 'same-key-1' };
    const login = () =>
      server.api('POST', '/api/users/login/', {
        headers,
        token: user.accessToken,
        body: { email: user.email, password: PASSWORD },
      });
    const [first, second] = [await login(), await login()];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);

    const refresh = () =>
      server.api('POST', '/api/USERS/refresh', {
        headers,
        token: user.accessToken,
        body: { refreshToken: first.body.refreshToken },
      });
    const rotated = await refresh();
    expect(rotated.status).toBe(200);
    const replay = await refresh();
    expect(replay.status).toBe(401);
    expect(replay.headers.get('idempotent-replayed')).toBeNull();
    const stored = await server.deps.db.select().from(idempotencyKeys);
    expect(stored.filter((r) => (r.responseBody ?? '').includes('refreshToken'))).toHaveLength(0);
  });
});
