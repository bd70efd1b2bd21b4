import { auth } from '@mercato/core';
import { users } from '@mercato/db';
import { ADDRESS, RETURN_URLS, type SmtpSink, startSmtpSink } from '@mercato/testing';
import { expect } from 'vitest';
import { makeCategory, makeProduct, unique } from './catalog-helpers';
import {
  createUser,
  startTestServer,
  TEST_SECRET,
  type TestServer,
  type TestServerOptions,
  type TestUser,
  uniqueEmail,
} from './helpers';

export { ADDRESS, RETURN_URLS };

export interface CommerceSuite {
  server: TestServer;
  smtp: SmtpSink;
  admin: TestUser;
  seller: TestUser;
  categoryId: string;
  close(): Promise<void>;
}

/** A server with the worker sending to an in-process SMTP server, an admin, a seller and a category. */
export async function startCommerceSuite(opts: TestServerOptions = {}): Promise<CommerceSuite> {
  const smtp = await startSmtpSink();
  const server = await startTestServer({ smtpUrl: smtp.url, ...opts });
  const [admin, seller] = await Promise.all([createUser(server, 'admin'), createUser(server, 'seller')]);
  const categoryId = (await makeCategory(server, admin)).id;
  return {
    server,
    smtp,
    admin,
    seller,
    categoryId,
    close: async () => {
      await server.close();
      await smtp.close();
    },
  };
}

export async function product(suite: CommerceSuite, body: { priceCents?: number; stock?: number; name?: string } = {}) {
  return makeProduct(suite.server, suite.seller, { categoryId: suite.categoryId, name: unique('Lamp'), ...body });
}

export async function addToCart(server: TestServer, buyer: TestUser, productId: string, quantity: number) {
  return server.api('POST', '/api/cart', { token: buyer.accessToken, body: { productId, quantity } });
}

export async function startCheckout(
  server: TestServer,
  buyer: TestUser,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return server.api('POST', '/api/checkout/create-session', {
    token: buyer.accessToken,
    body: { ...RETURN_URLS, address: ADDRESS, ...extra },
    headers,
  });
}

export async function stockOf(server: TestServer, productId: string): Promise<number> {
  const res = await server.api('GET', `/api/products/${productId}`);
  expect(res.status, res.text).toBe(200);
  return res.body.stock;
}

export async function orderOf(server: TestServer, buyer: TestUser, orderId: string) {
  const res = await server.api('GET', `/api/orders/${orderId}`, { token: buyer.accessToken });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** The simulator's page for a session, as a browser posts its buttons. */
export async function simulate(server: TestServer, sessionId: string, outcome: 'pay' | 'fail' | 'cancel') {
  return fetch(`${server.url}/simulator/checkout/${sessionId}/${outcome}`, { method: 'POST', redirect: 'manual' });
}

/** Waits until the queue has no pending work for a queue (so "no more e-mail" is a fact, not a sleep). */
export async function drained(server: TestServer, queue: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await server.database.pool.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
      [queue],
    );
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`queue ${queue} did not drain`);
}

/**
 * Many customers at once, without paying for an Argon2 hash each: rows
 * inserted directly (one shared hash) and access tokens signed with the
 * test key, exactly as login would sign them.
 */
export async function manyBuyers(server: TestServer, n: number): Promise<TestUser[]> {
  const hash = await auth.hashPassword('correct horse battery');
  const emails = Array.from({ length: n }, () => uniqueEmail('buyer'));
  const rows = await server.deps.db
    .insert(users)
    .values(emails.map((email) => ({ email, passwordHash: hash, role: 'customer' as const })))
    .returning({ id: users.id, email: users.email });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: 'customer',
    accessToken: auth.signAccessToken(TEST_SECRET, { sub: r.id, role: 'customer' }, 900, new Date()),
    refreshToken: '',
  }));
}
