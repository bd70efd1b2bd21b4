import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, startTestServer, type TestServer, uniqueEmail } from './helpers';

/**
 * Fixed windows (one minute for requests, 15 for failed logins): every server here runs on one frozen
 * clock in the middle of both, so no count can reset mid-test and the Retry-After values are exact.
 */
const FIFTEEN_MINUTES = 15 * 60_000;
const frozen = new Date(Math.floor(Date.now() / FIFTEEN_MINUTES) * FIFTEEN_MINUTES + 7.5 * 60_000);
const now = () => frozen;

describe('requests per client IP', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ rateLimitPerMinute: 5, now });
    b = await startTestServer({ rateLimitPerMinute: 5, database: a.database, now });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('answers 429 with Retry-After past the limit, counted across processes sharing PostgreSQL', async () => {
    await a.database.pool.query('DELETE FROM rate_limits');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await a.api('GET', '/api/users/me')).status);
    for (let i = 0; i < 2; i++) statuses.push((await b.api('GET', '/api/users/me')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const limited = await b.api('GET', '/api/users/me');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    // Half of the one-minute window is left on the frozen clock.
    expect(limited.headers.get('retry-after')).toBe('30');
    expect((await a.api('GET', '/healthz')).status).toBe(200);
  });
});

describe('client IP behind a proxy', () => {
  it('uses X-Forwarded-For only when TRUST_PROXY is on', async () => {
    const trusting = await startTestServer({ rateLimitPerMinute: 2, trustProxy: true, now });
    const plain = await startTestServer({ rateLimitPerMinute: 2, trustProxy: false, now });
    try {
      const hit = (s: TestServer, ip: string) =>
        s.api('GET', '/api/users/me', { headers: { 'x-forwarded-for': `203.0.113.9, ${ip}` } });
      // Trusted: each forwarded address has its own budget.
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        expect((await hit(trusting, ip)).status).toBe(401);
        expect((await hit(trusting, ip)).status).toBe(401);
      }
      expect((await hit(trusting, '198.51.100.1')).status).toBe(429);
      // Not trusted: the header is ignored, all three share the socket address's budget.
      const statuses = [];
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) statuses.push((await hit(plain, ip)).status);
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await trusting.close();
      await plain.close();
    }
  });
});

describe('failed logins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ auth: { loginMaxFailures: 3 }, now });
  });
  afterAll(() => server.close());

  it('locks an email after LOGIN_MAX_FAILURES failures, even for the right password, with Retry-After', async () => {
    const user = await createUser(server);
    for (let i = 0; i < 3; i++) {
      const res = await server.api('POST', '/api/users/login', { body: { email: user.email, password: 'wrong-pass' } });
      expect(res.status).toBe(401);
    }
    const locked = await server.api('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_REQUESTS');
    // Half of the 15-minute window is left on the frozen clock.
    expect(locked.headers.get('retry-after')).toBe(String(7.5 * 60));
    // The lock is per email: another account from the same address still logs in.
    const other = await createUser(server);
    expect(
      (await server.api('POST', '/api/users/login', { body: { email: other.email, password: PASSWORD } })).status,
    ).toBe(200);
  });

  it('a success clears the email’s failure count', async () => {
    const user = await createUser(server);
    const fail = () => server.api('POST', '/api/users/login', { body: { email: user.email, password: 'nope-nope' } });
    await fail();
    await fail();
    expect(
      (await server.api('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } })).status,
    ).toBe(200);
    await fail();
    await fail();
    expect(
      (await server.api('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } })).status,
    ).toBe(200);
  });

  it('limits one address to 5x the per-email allowance across many emails', async () => {
    const ipServer = await startTestServer({ auth: { loginMaxFailures: 2 }, trustProxy: true, now });
    try {
      const headers = { 'x-forwarded-for': '192.0.2.77' };
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await ipServer.api('POST', '/api/users/login', {
          headers,
          body: { email: uniqueEmail('spray'), password: 'whatever-1' },
        });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      const elsewhere = await ipServer.api('POST', '/api/users/login', {
        headers: { 'x-forwarded-for': '192.0.2.78' },
        body: { email: uniqueEmail('spray'), password: 'whatever-1' },
      });
      expect(elsewhere.status).toBe(401);
    } finally {
      await ipServer.close();
    }
  });
});
