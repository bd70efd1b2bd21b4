import { auth } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, startTestServer, type TestServer, type TestUser, uniqueEmail } from './helpers';

let server: TestServer;
let admin: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, 'admin');
});
afterAll(() => server.close());

const decodeRole = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()).role as string;

describe('admin bootstrap', () => {
  it('creates the admin, and on a later start keeps the same user with role admin and the configured password', async () => {
    const email = uniqueEmail('boot');
    const first = await auth.ensureAdmin(server.deps.db, email, PASSWORD);
    expect(first.role).toBe('admin');
    const again = await auth.ensureAdmin(server.deps.db, email.toUpperCase(), 'a new password 123');
    expect(again.id).toBe(first.id);
    const login = await server.api('POST', '/api/users/login', { body: { email, password: 'a new password 123' } });
    expect(login.status).toBe(200);
    expect(login.body.user.role).toBe('admin');
  });

  it('promotes an existing account with that email', async () => {
    const user = await createUser(server, 'customer');
    const ensured = await auth.ensureAdmin(server.deps.db, user.email, PASSWORD);
    expect(ensured).toMatchObject({ id: user.id, role: 'admin' });
  });
});

describe('GET /api/users', () => {
  it('is for admins only: 401 anonymous, 403 customer and seller', async () => {
    const customer = await createUser(server, 'customer');
    const seller = await createUser(server, 'seller');
    expect((await server.api('GET', '/api/users')).status).toBe(401);
    expect((await server.api('GET', '/api/users', { token: customer.accessToken })).status).toBe(403);
    const forbidden = await server.api('GET', '/api/users', { token: seller.accessToken });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect((await server.api('GET', '/api/users', { token: admin.accessToken })).status).toBe(200);
  });

  it('filters by role', async () => {
    await createUser(server, 'seller');
    const res = await server.api('GET', '/api/users?role=seller&limit=100', { token: admin.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((u: { role: string }) => u.role === 'seller')).toBe(true);
  });

  it('pages with a cursor, newest first, skipping and repeating nothing while users are inserted', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await createUser(server)).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let inserted = 0;
    do {
      const qs: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await server.api('GET', `/api/users?limit=2${qs}`, { token: admin.accessToken });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((u: { id: string }) => u.id));
      cursor = res.body.nextCursor;
      if (inserted < 3) {
        await createUser(server); // newer than every page: must not show up later
        inserted++;
      }
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of created) expect(seen).toContain(id);
  });

  it('answers 400 for limits out of range and a forged cursor', async () => {
    const cursorOf = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    const forged = [
      cursorOf(['0000-01-01T00:00:00.000Z', id]),
      cursorOf(['2021-02-29T00:00:00.000Z', id]),
      cursorOf(['-271821-04-20', id]),
      cursorOf(['2021-01-01T00:00:00.000Z\u0000', id]),
    ].map((c) => `cursor=${c}`);
    for (const qs of ['limit=0', 'limit=101', 'limit=abc', 'cursor=not-a-cursor', 'role=owner', ...forged]) {
      const res = await server.api('GET', `/api/users?${qs}`, { token: admin.accessToken });
      expect(res.status, qs).toBe(400);
      expect(res.body.code).toBe('BAD_REQUEST');
    }
  });
});

describe('PATCH /api/users/{id}/role', () => {
  it('promotes; the user’s next refresh carries the new role', async () => {
    const user = await createUser(server, 'customer');
    const res = await server.api('PATCH', `/api/users/${user.id}/role`, {
      token: admin.accessToken,
      body: { role: 'seller' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, role: 'seller' });
    const refreshed = await server.api('POST', '/api/users/refresh', { body: { refreshToken: user.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(decodeRole(refreshed.body.accessToken)).toBe('seller');
  });

  it('on demotion revokes every refresh token of the user', async () => {
    const seller = await createUser(server, 'seller');
    const secondLogin = await server.api('POST', '/api/users/login', {
      body: { email: seller.email, password: PASSWORD },
    });
    const res = await server.api('PATCH', `/api/users/${seller.id}/role`, {
      token: admin.accessToken,
      body: { role: 'customer' },
    });
    expect(res.status).toBe(200);
    for (const refreshToken of [seller.refreshToken, secondLogin.body.refreshToken]) {
      expect((await server.api('POST', '/api/users/refresh', { body: { refreshToken } })).status).toBe(401);
    }
    const login = await server.api('POST', '/api/users/login', { body: { email: seller.email, password: PASSWORD } });
    expect(decodeRole(login.body.accessToken)).toBe('customer');
  });

  it('refuses non-admins, unknown ids, bad roles and changing one’s own role', async () => {
    const user = await createUser(server, 'customer');
    const seller = await createUser(server, 'seller');
    const patch = (id: string, body: unknown, token?: string) =>
      server.api('PATCH', `/api/users/${id}/role`, { token, body });
    expect((await patch(user.id, { role: 'admin' })).status).toBe(401);
    expect((await patch(user.id, { role: 'admin' }, seller.accessToken)).status).toBe(403);
    expect((await patch(user.id, { role: 'admin' }, user.accessToken)).status).toBe(403);
    expect((await patch('00000000-0000-4000-8000-000000000000', { role: 'seller' }, admin.accessToken)).status).toBe(
      404,
    );
    expect((await patch('not-an-id', { role: 'seller' }, admin.accessToken)).status).toBe(404);
    expect((await patch('x'.repeat(2000), { role: 'seller' }, admin.accessToken)).status).toBe(404);
    expect((await patch(user.id, { role: 'root' }, admin.accessToken)).status).toBe(400);
    expect((await patch(admin.id, { role: 'customer' }, admin.accessToken)).status).toBe(409);
    const me = await server.api('GET', '/api/users/me', { token: user.accessToken });
    expect(me.body.role).toBe('customer');
  });

  it('lets another admin create admins', async () => {
    const user = await createUser(server, 'customer');
    const res = await server.api('PATCH', `/api/users/${user.id}/role`, {
      token: admin.accessToken,
      body: { role: 'admin' },
    });
    expect(res.body.role).toBe('admin');
    const login = await server.api('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } });
    expect((await server.api('GET', '/api/users', { token: login.body.accessToken })).status).toBe(200);
  });
});
