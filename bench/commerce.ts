// HTTP and SQL helpers for the checkout bench: the admin's catalog, buyers with
// carts, and the checkout calls as a browser-side client makes them.
import { auth } from '@mercato/core';
import { type Database, users } from '@mercato/db';
import { ADDRESS, RETURN_URLS } from '@mercato/testing';
import { drive } from './server-process';

export { ADDRESS, RETURN_URLS };

export interface Answer {
  status: number;
  body: any;
}

export async function api(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body };
}

function expectStatus(what: string, res: Answer, status: number) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function login(base: string, email: string, password: string): Promise<string> {
  return expectStatus('login', await api(base, 'POST', '/api/users/login', { body: { email, password } }), 200)
    .accessToken;
}

/** A category and one product per stock figure, created by the admin over HTTP. */
export async function makeProducts(base: string, adminToken: string, stocks: number[]): Promise<string[]> {
  const category = expectStatus(
    'create category',
    await api(base, 'POST', '/api/categories', { token: adminToken, body: { name: `Bench ${Date.now()}` } }),
    201,
  );
  const ids: string[] = [];
  for (const [i, stock] of stocks.entries()) {
    const body = { name: `Bench lamp ${i + 1}`, priceCents: 1_500, stock, categoryId: category.id };
    ids.push(
      expectStatus('create product', await api(base, 'POST', '/api/products', { token: adminToken, body }), 201).id,
    );
  }
  return ids;
}

export interface Buyer {
  id: string;
  email: string;
  token: string;
}

/** Customers inserted directly (one shared hash), with access tokens signed as login signs them. */
export async function insertBuyers(database: Database, n: number, jwtSecret: string, tag: string): Promise<Buyer[]> {
  const hash = await auth.hashPassword('correct horse battery');
  const key = new TextEncoder().encode(jwtSecret);
  const rows = await database.db
    .insert(users)
    .values(
      Array.from({ length: n }, (_, i) => ({
        email: `buyer-${tag}-${i}@bench.example`,
        passwordHash: hash,
        role: 'customer' as const,
      })),
    )
    .returning({ id: users.id, email: users.email });
  return rows.map((r) => ({
    ...r,
    token: auth.signAccessToken(key, { sub: r.id, role: 'customer' }, 3_600, new Date()),
  }));
}

/** One unit of `productId` in each buyer's cart. */
export async function fillCarts(base: string, buyers: Buyer[], productId: string, concurrency: number) {
  await drive(buyers.length, concurrency, async (i) => {
    const buyer = buyers[i] as Buyer;
    const res = await api(base, 'POST', '/api/cart', { token: buyer.token, body: { productId, quantity: 1 } });
    if (res.status >= 300) throw new Error(`add to cart: ${res.status} ${JSON.stringify(res.body)}`);
  });
}

export const createSession = (base: string, buyer: Buyer) =>
  api(base, 'POST', '/api/checkout/create-session', {
    token: buyer.token,
    body: { ...RETURN_URLS, address: ADDRESS },
  });

export const confirmPayment = (base: string, buyer: Buyer, sessionId: string) =>
  api(base, 'POST', `/api/checkout/confirm-payment?sessionId=${encodeURIComponent(sessionId)}`, {
    token: buyer.token,
  });
