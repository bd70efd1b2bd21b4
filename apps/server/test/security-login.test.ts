import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, startTestServer, type TestServer } from './helpers';

// Failed logins count in fixed 15-minute windows: a frozen clock mid-window keeps a test from straddling two.
const FIFTEEN_MINUTES = 15 * 60_000;
const frozen = new Date(Math.floor(Date.now() / FIFTEEN_MINUTES) * FIFTEEN_MINUTES + 7.5 * 60_000);
const now = () => frozen;

/** A tRPC batch of `auth.login` calls in one HTTP request (what httpBatchLink sends). */
async function loginBatch(
  server: TestServer,
  email: string,
  passwords: string[],
  headers: Record<string, string> = {},
) {
  const path = passwords.map(() => 'auth.login').join(',');
  const body = Object.fromEntries(passwords.map((password, i) => [String(i), { email, password }]));
  return fetch(`${server.url}/trpc/${path}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('failed-login limiter under concurrency (issue 8, hole 1)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ auth: { loginMaxFailures: 10 }, now });
  });
  afterAll(() => server.close());

  it('30 parallel wrong logins for one e-mail: at most 10 are verified (401), the rest 429', async () => {
    const user = await createUser(server);
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () =>
        server.api('POST', '/api/users/login', { body: { email: user.email, password: 'wrong-password' } }),
      ),
    ).then((all) => all.map((r) => r.status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it('parallel tRPC batches of wrong logins verify at most the limit, then the right password is 429', async () => {
    const user = await createUser(server);
    const wrong = Array.from({ length: 10 }, (_, i) => `wrong-password-${i}`);
    const batches = await Promise.all([loginBatch(server, user.email, wrong), loginBatch(server, user.email, wrong)]);
    const answers = (
      await Promise.all(batches.map((r) => r.json() as Promise<{ error?: { data?: { httpStatus?: number } } }[]>))
    ).flat();
    const statuses = answers.map((a) => a.error?.data?.httpStatus);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const last = await loginBatch(server, user.email, ['wrong-again', PASSWORD]);
    expect(JSON.stringify(await last.json())).not.toContain('accessToken');
  });
});

describe('lock-out by a stranger (issue 8, hole 8)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ auth: { loginMaxFailures: 3 }, trustProxy: true, now });
  });
  afterAll(() => server.close());

  const login = (email: string, password: string, ip: string) =>
    server.api('POST', '/api/users/login', { headers: { 'x-forwarded-for': ip }, body: { email, password } });

  it('failures from one address do not lock the owner out at another', async () => {
    const user = await createUser(server);
    for (let i = 0; i < 6; i++) await login(user.email, 'wrong-password', '198.51.100.1');
    expect((await login(user.email, PASSWORD, '198.51.100.1')).status).toBe(429);
    expect((await login(user.email, PASSWORD, '203.0.113.9')).status).toBe(200);
  });

  it('distributed guessing stays capped per e-mail across all addresses', { timeout: 120_000 }, async () => {
    const user = await createUser(server);
    // 3 guesses from each of 15 addresses at once: 45 guesses, more than the per-e-mail ceiling (10 × 3).
    const guesses = Array.from({ length: 45 }, (_, i) => `198.51.100.${Math.floor(i / 3) + 10}`);
    const statuses = (await Promise.all(guesses.map((ip) => login(user.email, 'wrong-password', ip)))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect((await login(user.email, PASSWORD, '203.0.113.50')).status).toBe(429);
  });
});
