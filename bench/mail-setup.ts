// Helpers of the mail bench: paid orders inserted in SQL, and the bare nodemailer loop it is compared with.
import { catalog, orders } from '@mercato/core';
import { type Database, users } from '@mercato/db';
import type { SmtpSink } from '@mercato/testing';
import nodemailer from 'nodemailer';
import { drive } from './server-process';

export const SHOP_URL = 'http://localhost:3000';
export const FROM = 'Mercato <shop@mercato.example>';

/** `n` paid orders of one line each, spread over a few buyers: plain INSERT … SELECT, no checkout. */
export async function insertPaidOrders(database: Database, n: number): Promise<string[]> {
  const people = await database.db
    .insert(users)
    .values(
      Array.from({ length: 9 }, (_, i) => ({
        email: `mail-${i}@bench.example`,
        name: i === 0 ? 'Seller' : `Buyer ${i}`,
        passwordHash: 'not-a-login',
        role: i === 0 ? ('seller' as const) : ('customer' as const),
      })),
    )
    .returning({ id: users.id });
  const [seller, ...buyers] = people.map((p) => p.id);
  const category = await catalog.createCategory(database.db, { name: 'Bench lamps' });
  const product = await catalog.createProduct(database.db, 'usd', seller as string, {
    name: 'Brass desk lamp',
    priceCents: 4_250,
    stock: 0,
    categoryId: category.id,
  });
  const { rows } = await database.pool.query(
    `INSERT INTO orders (user_id, status, payment_status, total_cents, currency, address, hold_expires_at, paid_at)
     SELECT ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], 'paid', 'paid', 8500, 'usd', $3::jsonb, now(), now()
     FROM generate_series(1, $1::int) AS i
     RETURNING id`,
    [
      n,
      buyers,
      JSON.stringify({
        name: 'Ada Lovelace',
        line1: '12 Analytical Row',
        city: 'London',
        postalCode: 'N1 7AA',
        country: 'gb',
      }),
    ],
  );
  const ids = rows.map((r: { id: string }) => r.id);
  await database.pool.query(
    `INSERT INTO order_items (order_id, product_id, name, unit_price_cents, quantity, line_total_cents)
     SELECT id, $2, 'Brass desk lamp', 4250, 2, 8500 FROM unnest($1::uuid[]) AS id`,
    [ids, product.id],
  );
  await database.pool.query('ANALYZE');
  return ids;
}

/** The same message the worker sends for an order, without the database: one real order as the template. */
export async function noticeTemplate(database: Database, orderId: string) {
  const order = await orders.loadOrder(database.db, orderId);
  const buyer = { email: 'buyer@bench.example', name: 'Ada Lovelace' };
  return (id: string) => orders.orderNotice('confirmation', { ...order, id }, buyer, SHOP_URL);
}

export async function waitForCount(sink: SmtpSink, n: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (sink.messages.length < n) {
    if (Date.now() > deadline) throw new Error(`only ${sink.messages.length}/${n} e-mails within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Bare nodemailer: `ids.length` messages at `concurrency`, a transport like
 * createMailer's (a new SMTP connection per message) unless `pool` connections are kept and reused.
 */
export async function bareLoop(
  sink: SmtpSink,
  ids: string[],
  message: (id: string) => ReturnType<typeof orders.orderNotice>,
  opts: { concurrency: number; pool?: number },
): Promise<number> {
  const { port } = new URL(sink.url);
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: Number(port),
    secure: false,
    ignoreTLS: true,
    ...(opts.pool ? { pool: true, maxConnections: opts.pool } : {}),
  });
  const before = sink.messages.length;
  const run = await drive(ids.length, opts.concurrency, async (i) => {
    const id = ids[i] as string;
    await transport.sendMail({ from: FROM, ...message(id), messageId: `<bare-${id}@mercato>` });
  });
  await waitForCount(sink, before + ids.length, 10_000);
  transport.close();
  return run.wallMs;
}
