import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, startTestServer, type TestServer, type TestUser } from './helpers';

let server: TestServer;
let admin: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, 'admin');
});
afterAll(() => server.close());

const setActive = (actor: TestUser, id: string, body: unknown) =>
  server.api('PATCH', `/api/users/${id}`, { token: actor.accessToken, body });

describe('PATCH /api/users/{id} (deactivation)', () => {
  it('deactivates a user: their access token is refused at once, login and refresh fail', async () => {
    const user = await createUser(server, 'seller');
    expect((await server.api('GET', '/api/users/me', { token: user.accessToken })).body.isActive).toBe(true);

    const res = await setActive(admin, user.id, { isActive: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, role: 'seller', isActive: false });

    const me = await server.api('GET', '/api/users/me', { token: user.accessToken });
    expect([me.status, me.body.code]).toEqual([401, 'UNAUTHORIZED']);
    const write = await server.api('POST', '/api/wishlist', { token: user.accessToken, body: { productId: 'x' } });
    expect(write.status).toBe(401);

    const login = await server.api('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } });
    expect([login.status, login.body.message]).toEqual([403, 'This account is deactivated']);
    // A wrong password still answers like any wrong password: deactivation is told only to who knows it.
    const wrong = await server.api('POST', '/api/users/login', {
      body: { email: user.email, password: 'not it 1234' },
    });
    expect(wrong.status).toBe(401);
    const refresh = await server.api('POST', '/api/users/refresh', { body: { refreshToken: user.refreshToken } });
    expect(refresh.status).toBe(401);

    const listed = await server.api('GET', '/api/users?role=seller&limit=100', { token: admin.accessToken });
    expect(listed.body.items.find((u: { id: string }) => u.id === user.id)?.isActive).toBe(false);
  });

  it('reactivates a user: they log in again; the refresh tokens revoked on deactivation stay revoked', async () => {
    const user = await createUser(server);
    expect((await setActive(admin, user.id, { isActive: false })).status).toBe(200);
    const back = await setActive(admin, user.id, { isActive: true });
    expect([back.status, back.body.isActive]).toEqual([200, true]);

    const login = await server.api('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect((await server.api('GET', '/api/users/me', { token: login.body.accessToken })).status).toBe(200);
    const old = await server.api('POST', '/api/users/refresh', { body: { refreshToken: user.refreshToken } });
    expect(old.status).toBe(401);
  });

  it('refuses an admin deactivating themselves (any spelling of their id), and changes nothing', async () => {
    await createUser(server, 'admin'); // not the last active admin: the self rule alone refuses it
    for (const id of [admin.id, admin.id.toUpperCase()]) {
      const res = await setActive(admin, id, { isActive: false });
      expect([res.status, res.body.message]).toEqual([409, 'Admins cannot deactivate themselves']);
    }
    expect((await server.api('GET', '/api/users/me', { token: admin.accessToken })).status).toBe(200);
  });

  it('never leaves no active admin: two admins deactivating each other at once, one wins', async () => {
    const a = await createUser(server, 'admin');
    const b = await createUser(server, 'admin');
    const [ab, ba] = await Promise.all([
      setActive(a, b.id, { isActive: false }),
      setActive(b, a.id, { isActive: false }),
    ]);
    const statuses = [ab.status, ba.status].sort();
    expect(statuses[0]).toBe(200);
    expect([401, 403]).toContain(statuses[1]);
    const mine = await Promise.all(
      [a, b].map((u) => server.api('GET', '/api/users/me', { token: u.accessToken }).then((r) => r.status)),
    );
    expect(mine.sort()).toEqual([200, 401]);
  });

  it('answers 400 for a bad body, 404 for an unknown user, 403 to non-admins, and changes nothing', async () => {
    const user = await createUser(server);
    for (const body of [{}, { isActive: 'false' }, { isActive: 0 }, { isActive: null }]) {
      const res = await setActive(admin, user.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.issues[0].path).toEqual(['isActive']);
    }
    expect((await setActive(admin, '00000000-0000-4000-8000-000000000000', { isActive: false })).status).toBe(404);
    expect((await setActive(admin, 'not-an-id', { isActive: false })).status).toBe(404);
    const seller = await createUser(server, 'seller');
    expect((await setActive(seller, user.id, { isActive: false })).status).toBe(403);
    expect((await server.api('GET', '/api/users/me', { token: user.accessToken })).body.isActive).toBe(true);
  });
});
