import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';

/** A tRPC GET batch of `n` products.list calls (what httpBatchLink sends for queries). */
function listBatch(server: TestServer, n: number, separator = ',') {
  const path = Array.from({ length: n }, () => 'products.list').join(separator);
  const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))));
  return fetch(`${server.url}/trpc/${path}?batch=1&input=${input}`);
}

describe('tRPC batches are bounded and each call is counted (issue 8, hole 2)', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A clock frozen mid-minute: the per-minute window cannot roll over between the two batches.
    const midMinute = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 30_000);
    server = await startTestServer({ rateLimitPerMinute: 15, now: () => midMinute });
  });
  afterAll(() => server.close());

  it('a batch over TRPC_MAX_BATCH (10) is a 400 with the contract’s error body', async () => {
    for (const separator of [',', '%2C']) {
      const res = await listBatch(server, 11, separator);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('BAD_REQUEST');
      expect(body.message).toMatch(/batch/i);
    }
  });

  it('every call of a batch costs one unit of the per-address request limit', async () => {
    const first = await listBatch(server, 10);
    expect(first.status).toBe(200);
    const remaining = Number(first.headers.get('ratelimit-remaining'));
    expect(remaining).toBeLessThanOrEqual(15 - 10);
    const second = await listBatch(server, 10);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBeTruthy();
  });
});
