import { createTestDatabase } from '@mercato/testing';
import type pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startTestServer, type TestServer, type TestUser } from './helpers';

/**
 * When every connection of the pool stays busy for longer than a request may
 * wait for one, the answer is a 503 with Retry-After (the client may retry),
 * never a 500, and nothing is written; the server serves again once a
 * connection is free.
 */
let server: TestServer;
let customer: TestUser;
let productId: string;
const lines: string[] = [];
const WAIT_MS = 300;

beforeAll(async () => {
  const database = await createTestDatabase({ max: 2, connectionTimeoutMillis: WAIT_MS });
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  server = await startTestServer({ database, logger });
  customer = await createUser(server, 'customer');
  const seller = await createUser(server, 'seller');
  const pool = server.database.pool;
  const category = await pool.query(
    `INSERT INTO categories (name, name_key, slug) VALUES ('Busy', 'busy', 'busy') RETURNING id`,
  );
  const product = await pool.query(
    `INSERT INTO products (seller_id, category_id, name, price_cents, stock) VALUES ($1, $2, 'Lamp', 900, 5) RETURNING id`,
    [seller.id, category.rows[0].id],
  );
  productId = product.rows[0].id;
});
afterAll(() => server?.close());

/** Holds every connection of the server's pool while `run` runs. */
async function withPoolBusy<T>(run: () => Promise<T>): Promise<T> {
  const pool = server.database.pool;
  const held: pg.PoolClient[] = [await pool.connect(), await pool.connect()];
  try {
    return await run();
  } finally {
    for (const client of held) client.release();
  }
}

describe('a busy database', () => {
  it('answers 503 with Retry-After on REST, tRPC and the middleware before them, and serves again after', async () => {
    expect((await server.api('GET', '/api/products?limit=1')).body.items[0].id).toBe(productId);
    const before = lines.length;
    const [list, trpc, cart] = await withPoolBusy(async () => [
      await server.api('GET', '/api/products?limit=1'),
      await fetch(`${server.url}/trpc/products.list?input=${encodeURIComponent('{}')}`),
      // The idempotency key is looked up before the procedure runs: that wait fails first.
      await server.api('POST', '/api/cart', {
        token: customer.accessToken,
        body: { productId, quantity: 1 },
        headers: { 'idempotency-key': 'busy-1' },
      }),
    ]);
    for (const res of [list, cart]) {
      expect(res.status, res.text).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(res.body).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'The service is busy; try again in a moment' });
    }
    expect(trpc.status).toBe(503);
    expect(trpc.headers.get('retry-after')).toBe('1');
    expect(((await trpc.json()) as { error: { data: { code: string } } }).error.data.code).toBe('SERVICE_UNAVAILABLE');
    const logged = lines.slice(before).filter((l) => l.includes('database busy'));
    expect(logged.length).toBe(3);
    expect(lines.slice(before).some((l) => l.includes('internal error'))).toBe(false);

    // Free again: the same requests answer, and the refused add left no trace.
    expect((await server.api('GET', '/api/cart', { token: customer.accessToken })).body.items).toEqual([]);
    const again = await server.api('POST', '/api/cart', {
      token: customer.accessToken,
      body: { productId, quantity: 1 },
      headers: { 'idempotency-key': 'busy-1' },
    });
    expect(again.status, again.text).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect((await server.api('GET', '/api/products?limit=1')).status).toBe(200);
  });
});
