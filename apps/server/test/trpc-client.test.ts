import { createAuthSession, createMercatoClient, isMercatoError } from '@mercato/client';
import { auth } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startTestServer, TEST_SECRET, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the typed client over /trpc', () => {
  it('registers, reads /me and sees contract error codes', async () => {
    const client = createMercatoClient({ baseUrl: server.url });
    const email = `trpc-${Date.now()}@example.com`;
    const result = await client.auth.register.mutate({ email, password: 'typed client 1' });
    expect(result.user.email).toBe(email);
    const authed = createMercatoClient({ baseUrl: server.url, getAccessToken: () => result.accessToken });
    expect(await authed.auth.me.query()).toMatchObject({ id: result.user.id, role: 'customer' });

    const error = await client.auth.register.mutate({ email, password: 'typed client 1' }).catch((e) => e);
    expect(isMercatoError(error) && error.data?.code).toBe('CONFLICT');
    const invalid = await client.auth.register.mutate({ email: 'nope', password: 'short' }).catch((e) => e);
    expect(isMercatoError(invalid) && invalid.data?.code).toBe('BAD_REQUEST');
    expect(invalid.data?.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['email', 'password']);
    const anon = await client.auth.me.query().catch((e) => e);
    expect(isMercatoError(anon) && anon.data?.httpStatus).toBe(401);
  });

  it('takes no input at all for a call whose every input field is optional', async () => {
    const user = await createUser(server);
    const client = createMercatoClient({ baseUrl: server.url, getAccessToken: () => user.accessToken });
    const [products, found, categories, wishlist, orders, suggestions] = await Promise.all([
      client.products.list.query(),
      client.search.query.query(),
      client.categories.list.query(),
      client.wishlist.list.query(),
      client.orders.list.query(),
      client.recommendations.suggestions.query(),
    ]);
    for (const page of [products, found, categories, wishlist, orders]) expect(page).toHaveProperty('nextCursor');
    expect(suggestions.items.length).toBeLessThanOrEqual(5);
    // Left out, the input takes its defaults, exactly as `{}` does.
    expect(await client.products.list.query()).toEqual(await client.products.list.query({}));
  });

  it('batches several calls into one HTTP request', async () => {
    const user = await createUser(server);
    let requests = 0;
    const client = createMercatoClient({
      baseUrl: server.url,
      getAccessToken: () => user.accessToken,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const [a, b] = await Promise.all([client.auth.me.query(), client.auth.me.query()]);
    expect(a.id).toBe(user.id);
    expect(b.id).toBe(user.id);
    expect(requests).toBe(1);
  });

  it('splits more calls than the server’s batch cap (TRPC_MAX_BATCH, 10) into several batches', async () => {
    const user = await createUser(server);
    let requests = 0;
    const client = createMercatoClient({
      baseUrl: server.url,
      getAccessToken: () => user.accessToken,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const all = await Promise.all(Array.from({ length: 25 }, () => client.auth.me.query()));
    expect(all.every((me) => me.id === user.id)).toBe(true);
    expect(requests).toBe(3);
  });
});

describe('createAuthSession', () => {
  it('refreshes an expiring access token once, however many calls want it at the same time', async () => {
    const user = await createUser(server);
    const stale = auth.signAccessToken(
      TEST_SECRET,
      { sub: user.id, role: 'customer' },
      60,
      new Date(Date.now() - 59_000),
    );
    const changes: unknown[] = [];
    const session = createAuthSession({
      baseUrl: server.url,
      initial: { accessToken: stale, refreshToken: user.refreshToken, expiresIn: 60 },
      onChange: (t) => changes.push(t),
    });
    const client = createMercatoClient({ baseUrl: server.url, getAccessToken: session.getAccessToken });
    const results = await Promise.all(Array.from({ length: 5 }, () => client.auth.me.query()));
    expect(results.every((r) => r.id === user.id)).toBe(true);
    expect(changes).toHaveLength(1);
    expect(session.tokens()?.refreshToken).not.toBe(user.refreshToken);
    // The rotated token still works: no concurrent reuse tripped theft detection.
    const again = await server.api('POST', '/api/users/refresh', {
      body: { refreshToken: session.tokens()?.refreshToken },
    });
    expect(again.status).toBe(200);
  });

  it('signs out when the refresh token is rejected', async () => {
    const user = await createUser(server);
    const expired = auth.signAccessToken(
      TEST_SECRET,
      { sub: user.id, role: 'customer' },
      1,
      new Date(Date.now() - 10_000),
    );
    const session = createAuthSession({
      baseUrl: server.url,
      initial: { accessToken: expired, refreshToken: 'revoked-or-unknown', expiresIn: 1 },
    });
    expect(await session.getAccessToken()).toBeNull();
    expect(session.tokens()).toBeNull();
  });
});
