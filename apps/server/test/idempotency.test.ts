import { idempotencyKeys } from '@mercato/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, startTestServer, type TestServer, type TestUser, uniqueEmail } from './helpers';

let server: TestServer;
let admin: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, 'admin');
});
afterAll(() => server.close());

const createCategory = (name: string, key?: string, token = admin.accessToken) =>
  server.api('POST', '/api/categories', {
    token,
    body: { name },
    headers: key ? { 'idempotency-key': key } : {},
  });

const categoriesNamed = async (name: string) => {
  const { rows } = await server.database.pool.query('SELECT id FROM categories WHERE name = $1', [name]);
  return rows.length;
};

describe('Idempotency-Key', () => {
  it('replays the first answer for the same key and body, and creates once', async () => {
    const name = `Replay ${Date.now()}`;
    const first = await createCategory(name, 'key-replay-1');
    const second = await createCategory(name, 'key-replay-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await categoriesNamed(name)).toBe(1);
  });

  it('replays nothing to a deactivated account: its token is refused (401), as on every other request', async () => {
    const user = await createUser(server);
    const add = () =>
      server.api('POST', '/api/wishlist', {
        token: user.accessToken,
        body: { productId: '00000000-0000-4000-8000-000000000000' },
        headers: { 'idempotency-key': 'key-deactivated' },
      });
    const first = await add();
    expect(first.status).toBe(404); // a client error is stored and replayed too (see below)
    const off = await server.api('PATCH', `/api/users/${user.id}`, {
      token: admin.accessToken,
      body: { isActive: false },
    });
    expect(off.status).toBe(200);
    const again = await add();
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([401, null]);
  });

  it('takes the same JSON in another spelling (key order, spaces) as the same body', async () => {
    const name = `Spelling ${Date.now()}`;
    const post = (body: string) =>
      fetch(`${server.url}/api/categories`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${admin.accessToken}`,
          'content-type': 'application/json',
          'idempotency-key': 'key-spelling',
        },
        body,
      });
    const first = await post(JSON.stringify({ name, description: 'Lamps and more' }));
    const again = await post(`{ "description": "Lamps and more",\n  "name": ${JSON.stringify(name)} }`);
    expect(first.status).toBe(201);
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(await again.json()).toEqual(await first.json());
    expect(await categoriesNamed(name)).toBe(1);
    // Another value is another request, however it is spelled.
    const changed = await post(JSON.stringify({ description: 'Lamps', name }));
    expect(changed.status).toBe(409);
    // A value too deep to spell canonically is compared as text: still a clear 400, never a 500.
    const deep = await fetch(`${server.url}/api/categories`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${admin.accessToken}`,
        'content-type': 'application/json',
        'idempotency-key': 'key-deep',
      },
      body: `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    });
    expect(deep.status).toBe(400);
  });

  it('answers 409 for the same key with another body, and changes nothing', async () => {
    const name = `Mismatch ${Date.now()}`;
    await createCategory(name, 'key-mismatch');
    const other = await createCategory(`${name} (other)`, 'key-mismatch');
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('CONFLICT');
    expect(await categoriesNamed(`${name} (other)`)).toBe(0);
  });

  it('keeps keys per user', async () => {
    const otherAdmin = await createUser(server, 'admin');
    const a = await createCategory(`Per user A ${Date.now()}`, 'shared-key');
    const b = await createCategory(`Per user B ${Date.now()}`, 'shared-key', otherAdmin.accessToken);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('lets exactly one of many concurrent requests with one key run', async () => {
    const name = `Concurrent ${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => createCategory(name, 'key-concurrent')));
    expect(results.filter((r) => r.status === 201 && !r.headers.get('idempotent-replayed'))).toHaveLength(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await categoriesNamed(name)).toBe(1);
  });

  it('replays client errors too', async () => {
    const bad = await createCategory('', 'key-bad-input');
    const again = await createCategory('', 'key-bad-input');
    expect(bad.status).toBe(400);
    expect(again.status).toBe(400);
    expect(again.body).toEqual(bad.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('never stores or replays the routes that answer credentials, even for a signed-in caller', async () => {
    // With a valid bearer token the middleware would otherwise take part: only the exclusion keeps these out.
    const caller = await createUser(server);
    const email = uniqueEmail('idem');
    const twice = async (path: string, key: string, body: object) => {
      const send = () =>
        server.api('POST', path, { token: caller.accessToken, headers: { 'idempotency-key': key }, body });
      const first = await send();
      const second = await send();
      expect(second.headers.get('idempotent-replayed'), path).toBeNull();
      return [first, second] as const;
    };

    const [reg, regAgain] = await twice('/api/users/register', 'key-register', { email, password: PASSWORD });
    expect(reg.status).toBe(201);
    expect(regAgain.status).toBe(409); // ran again: the address is taken now
    const [login, loginAgain] = await twice('/api/users/login', 'key-login', { email, password: PASSWORD });
    expect([login.status, loginAgain.status]).toEqual([200, 200]);
    expect(loginAgain.body.refreshToken).not.toBe(login.body.refreshToken);
    const [refresh, refreshAgain] = await twice('/api/users/refresh', 'key-refresh', {
      refreshToken: login.body.refreshToken,
    });
    expect(refresh.status).toBe(200);
    expect(refreshAgain.status).toBe(401); // ran again: a used refresh token is refused
    const [logout, logoutAgain] = await twice('/api/users/logout', 'key-logout', {
      refreshToken: loginAgain.body.refreshToken,
    });
    expect(logout.status).toBeLessThan(300);
    expect(logoutAgain.status).toBeLessThan(300);

    const rows = await server.deps.db.select().from(idempotencyKeys);
    const stored = rows.map((r) => r.key);
    for (const key of ['key-register', 'key-login', 'key-refresh', 'key-logout']) expect(stored).not.toContain(key);
    expect(rows.every((r) => !r.responseBody?.includes('refreshToken'))).toBe(true);
  });

  it('answers 409 for the same key and body on another route', async () => {
    const body = { name: `Other route ${Date.now()}` };
    const headers = { 'idempotency-key': 'key-two-routes' };
    const first = await server.api('POST', '/api/categories', { token: admin.accessToken, headers, body });
    expect(first.status).toBe(201);
    const other = await server.api('POST', '/api/wishlist', { token: admin.accessToken, headers, body });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('CONFLICT');
    expect(other.headers.get('idempotent-replayed')).toBeNull();
  });

  it('keeps no 5xx answer: the key is released and a retry with it runs for real', async () => {
    const name = `Fault ${Date.now()}`;
    const pool = server.database.pool;
    // A real database fault on this file's own database: the route's table is gone for one request.
    await pool.query('ALTER TABLE categories RENAME TO categories_away');
    let failed: Awaited<ReturnType<typeof createCategory>>;
    try {
      failed = await createCategory(name, 'key-5xx');
    } finally {
      await pool.query('ALTER TABLE categories_away RENAME TO categories');
    }
    expect(failed.status).toBe(500);
    const { rows } = await pool.query('SELECT status_code FROM idempotency_keys WHERE key = $1', ['key-5xx']);
    expect(rows).toEqual([]);

    const retried = await createCategory(name, 'key-5xx');
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(await categoriesNamed(name)).toBe(1);
    // From now on the key holds the success.
    const replayed = await createCategory(name, 'key-5xx');
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body).toEqual(retried.body);
  });

  it('rejects a malformed key with 400', async () => {
    const res = await createCategory(`Bad key ${Date.now()}`, 'x'.repeat(256));
    expect(res.status).toBe(400);
    const spaced = await createCategory(`Bad key 2 ${Date.now()}`, 'has space');
    expect(spaced.status).toBe(400);
  });

  it('is documented on authenticated POST routes', async () => {
    const doc = (await server.api('GET', '/api/openapi.json')).body;
    const params = doc.paths['/categories'].post.parameters.map((p: { name: string }) => p.name);
    expect(params).toContain('Idempotency-Key');
    expect(doc.paths['/users/register'].post.parameters ?? []).not.toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key' }),
    );
  });
});
