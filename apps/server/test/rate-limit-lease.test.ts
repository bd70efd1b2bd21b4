import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceOf } from '../src/http/request-budget';
import { startTestServer, type TestServer } from './helpers';

// Mid-minute on a frozen clock: the one-minute window cannot roll over during a test.
const midMinute = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 30_000);
const now = () => midMinute;
const LIMIT = 600;

const leased = async (server: TestServer, ip: string) =>
  Number(
    (await server.database.pool.query('SELECT count FROM rate_limits WHERE key = $1', [`requests:${ip}`])).rows[0]
      ?.count ?? 0,
  );

/** Sends `total` requests from `ip` with `concurrency` in flight; answers the statuses. */
async function hammer(server: TestServer, ip: string, total: number, concurrency: number): Promise<number[]> {
  const statuses: number[] = [];
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < total) {
        sent++;
        const res = await fetch(`${server.url}/api/categories`, { headers: { 'x-forwarded-for': ip } });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
    }),
  );
  return statuses;
}

describe('the request limit leases slices of the budget from PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ rateLimitPerMinute: LIMIT, trustProxy: true, now });
    b = await startTestServer({ rateLimitPerMinute: LIMIT, trustProxy: true, database: a.database, now });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('writes once per slice, not once per request', async () => {
    const slice = sliceOf(LIMIT);
    expect(slice).toBe(12);
    const statuses = await hammer(a, '198.51.100.10', 30, 1);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Three leases of 12 cover 30 requests: the row counts leased units, not requests.
    expect(await leased(a, '198.51.100.10')).toBe(3 * slice);
  });

  it('two servers hammering one address admit no more than the limit, and at most N x (slice - 1) fewer', async () => {
    const ip = '198.51.100.11';
    const [fromA, fromB] = await Promise.all([hammer(a, ip, 450, 8), hammer(b, ip, 450, 8)]);
    const all = [...fromA, ...fromB];
    const allowed = all.filter((s) => s === 200).length;
    expect(all.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(allowed).toBeLessThanOrEqual(LIMIT);
    expect(allowed).toBeGreaterThanOrEqual(LIMIT - 2 * (sliceOf(LIMIT) - 1));
    expect(await leased(a, ip)).toBeLessThanOrEqual(LIMIT);
    // Each server already knows the budget is spent: a refusal with the headers, without asking PostgreSQL.
    for (const server of [a, b]) {
      const res = await fetch(`${server.url}/api/categories`, { headers: { 'x-forwarded-for': ip } });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(res.headers.get('ratelimit-limit')).toBe(String(LIMIT));
      expect(res.headers.get('ratelimit-remaining')).toBe('0');
    }
  });

  it('a batch costs its calls even when it needs more than a slice', async () => {
    const ip = '198.51.100.12';
    const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, {}]))));
    const path = Array.from({ length: 10 }, () => 'products.list').join(',');
    const res = await fetch(`${a.url}/trpc/${path}?batch=1&input=${input}`, { headers: { 'x-forwarded-for': ip } });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('ratelimit-remaining'))).toBe(LIMIT - 10);
  });
});
