import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auth, catalog, jobs } from '@mercato/core';
import { categories, users } from '@mercato/db';
import {
  apiClient,
  createTestDatabase,
  type SmtpSink,
  type StripeFake,
  startSmtpSink,
  startStripeFake,
  type TestDatabase,
} from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, RETURN_URLS } from './commerce-helpers';
import { type Proc, run, waitUntil } from './process';

const SECRET = 'crash-test-secret-crash-test-secret-0123456789';
const STRIPE_KEY = 'sk_test_crash';
const WEBHOOK_SECRET = 'whsec_crash';

let database: TestDatabase;
let fake: StripeFake;
let smtp: SmtpSink;
let dataDir: string;

beforeAll(async () => {
  [database, fake, smtp] = await Promise.all([
    createTestDatabase(),
    startStripeFake({ secretKey: STRIPE_KEY }),
    startSmtpSink(),
  ]);
  dataDir = await mkdtemp(path.join(tmpdir(), 'mercato-crash-'));
});
afterAll(async () => {
  await Promise.all([database.close(), fake.close(), smtp.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

/** The real server process (API and worker), as production runs it, on this file's database. */
async function startServer(): Promise<{ proc: Proc; url: string }> {
  const proc = run('src/main.ts', {
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: SECRET,
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    PAYMENTS_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: STRIPE_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.url,
    SMTP_URL: smtp.url,
  });
  const url = await waitUntil(
    proc,
    'the printed URL',
    () => /API:\s+(http:\/\/\S+)\/api/.exec(proc.stdout())?.[1],
    60_000,
  );
  return { proc, url };
}

async function kill(proc: Proc): Promise<void> {
  proc.child.kill('SIGKILL');
  await proc.exited;
}

async function seedProduct(stock: number): Promise<string> {
  const hash = await auth.hashPassword('seller-password-1');
  const [seller] = await database.db
    .insert(users)
    .values({ email: `seller-${randomBytes(3).toString('hex')}@example.com`, passwordHash: hash, role: 'seller' })
    .returning({ id: users.id });
  const [category] = await database.db
    .insert(categories)
    .values({
      name: `Crash ${randomBytes(3).toString('hex')}`,
      nameKey: randomBytes(6).toString('hex'),
      slug: randomBytes(6).toString('hex'),
    })
    .returning({ id: categories.id });
  if (!seller || !category) throw new Error('seed failed');
  const product = await catalog.createProduct(database.db, 'usd', seller.id, {
    name: 'Kettle',
    priceCents: 3900,
    stock,
    categoryId: category.id,
  });
  return product.id;
}

describe('a server killed between payment and finalize', () => {
  it('finalizes after a restart, through the webhook retry and a confirm, with nothing lost or doubled', async () => {
    const productId = await seedProduct(3);
    const first = await startServer();
    const api = apiClient(first.url);
    const reg = await api('POST', '/api/users/register', {
      body: { email: `buyer-${Date.now()}@example.com`, password: 'buyer-password-1' },
    });
    expect(reg.status, reg.text).toBe(201);
    const token = reg.body.accessToken as string;
    expect((await api('POST', '/api/cart', { token, body: { productId, quantity: 2 } })).status).toBe(200);
    const session = await api('POST', '/api/checkout/create-session', {
      token,
      body: { ...RETURN_URLS, address: ADDRESS },
    });
    expect(session.status, session.text).toBe(200);

    // Paid at Stripe; the process dies before any webhook or confirm reached it.
    fake.pay(session.body.sessionId);
    await kill(first.proc);
    const { rows: held } = await database.pool.query('SELECT status FROM orders WHERE id = $1', [session.body.orderId]);
    expect(held[0].status).toBe('pending_payment');

    const second = await startServer();
    try {
      const event = fake.event('checkout.session.completed', fake.sessions.get(session.body.sessionId));
      const webhookUrl = `${second.url}/api/webhooks/stripe`;
      const confirm = () =>
        apiClient(second.url)('POST', `/api/checkout/confirm-payment?sessionId=${session.body.sessionId}`, { token });
      const [delivered, confirmed, redelivered] = await Promise.all([
        fake.deliver(webhookUrl, event, { secret: WEBHOOK_SECRET }),
        confirm(),
        fake.deliver(webhookUrl, event, { secret: WEBHOOK_SECRET }),
      ]);
      expect([delivered.status, confirmed.status, redelivered.status]).toEqual([200, 200, 200]);
      expect(confirmed.body).toMatchObject({ status: 'paid', paymentStatus: 'paid' });

      const { rows } = await database.pool.query('SELECT stock, sold_count FROM products WHERE id = $1', [productId]);
      expect(rows[0]).toEqual({ stock: 1, sold_count: 2 });
      await smtp.waitFor((m) => m.subject.startsWith('Payment receipt'), 20_000);
      await smtp.waitFor((m) => m.subject.endsWith('confirmed'), 20_000);
      // The sent-log row commits just after the mail server's 250.
      const kinds = async () =>
        (
          await database.pool.query('SELECT kind FROM order_notices WHERE order_id = $1 ORDER BY kind', [
            session.body.orderId,
          ])
        ).rows.map((n: { kind: string }) => n.kind);
      const deadline = Date.now() + 10_000;
      while ((await kinds()).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await kinds()).toEqual(['confirmation', 'receipt']);
      const orderMails = smtp.messages.filter((m) => m.messageId.includes(session.body.orderId));
      expect(orderMails).toHaveLength(2);
    } finally {
      await kill(second.proc);
    }
  }, 120_000);

  it('a worker killed mid-send: after a restart the e-mail goes out exactly once', async () => {
    const productId = await seedProduct(2);
    const first = await startServer();
    const api = apiClient(first.url);
    const email = `held-${Date.now()}@example.com`;
    const reg = await api('POST', '/api/users/register', { body: { email, password: 'buyer-password-1' } });
    const token = reg.body.accessToken as string;
    await api('POST', '/api/cart', { token, body: { productId, quantity: 1 } });
    const session = await api('POST', '/api/checkout/create-session', {
      token,
      body: { ...RETURN_URLS, address: ADDRESS },
    });
    const orderId = session.body.orderId as string;
    // The mail server will take the first order e-mail and never answer it: the worker is mid-send.
    await smtp.waitFor((m) => m.to.includes(email) && m.subject === 'Welcome to Mercato');
    smtp.holdNext(email);
    fake.pay(session.body.sessionId);
    const event = fake.event('checkout.session.completed', fake.sessions.get(session.body.sessionId));
    expect((await fake.deliver(`${first.url}/api/webhooks/stripe`, event, { secret: WEBHOOK_SECRET })).status).toBe(
      200,
    );
    const deadline = Date.now() + 20_000;
    while (!smtp.held.some((m) => m.to.includes(email)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
    const held = smtp.held.find((m) => m.to.includes(email));
    expect(held?.messageId).toMatch(new RegExp(orderId));
    // The order's other e-mail goes out meanwhile; then the process dies with the held one unanswered.
    await smtp.waitFor((m) => m.to.includes(email) && m.messageId.includes(orderId), 20_000);
    const oneSent = Date.now() + 10_000;
    const sentCount = async () =>
      (
        await database.pool.query(
          'SELECT count(*)::int AS n FROM order_notices WHERE order_id = $1 AND sent_at IS NOT NULL',
          [orderId],
        )
      ).rows[0].n as number;
    while ((await sentCount()) < 1 && Date.now() < oneSent) await new Promise((r) => setTimeout(r, 25));
    await kill(first.proc);

    // What the dead worker left: a claim without sent_at, and a pg-boss job still "active".
    const { rows: claims } = await database.pool.query(
      'SELECT kind FROM order_notices WHERE order_id = $1 AND sent_at IS NULL',
      [orderId],
    );
    expect(claims).toHaveLength(1);
    // Time passes (instead of waiting for it): the job's expiry and the claim's staleness are reached,
    // then pg-boss' maintenance fails the expired job into a retry, due now.
    await database.pool.query(
      `UPDATE pgboss.job SET started_on = now() - interval '1 hour' WHERE name = 'order-notice' AND state = 'active' AND data->>'orderId' = $1`,
      [orderId],
    );
    await database.pool.query(
      `UPDATE order_notices SET claimed_at = now() - interval '1 hour' WHERE order_id = $1 AND sent_at IS NULL`,
      [orderId],
    );
    const boss = await jobs.startJobQueue(database.url, { supervise: false });
    try {
      await boss.maintain();
    } finally {
      await boss.stop({ graceful: false, wait: true, timeout: 2_000 });
    }
    await database.pool.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'order-notice' AND state = 'retry' AND data->>'orderId' = $1`,
      [orderId],
    );

    const second = await startServer();
    try {
      const id = held?.messageId ?? '';
      await smtp.waitFor((m) => m.messageId === id, 30_000);
      const sentLog = async () =>
        (
          await database.pool.query(
            'SELECT count(*)::int AS n FROM order_notices WHERE order_id = $1 AND sent_at IS NOT NULL',
            [orderId],
          )
        ).rows[0].n as number;
      const until = Date.now() + 10_000;
      while ((await sentLog()) < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await sentLog()).toBe(2);
      expect(smtp.messages.filter((m) => m.messageId === id)).toHaveLength(1);
      expect(smtp.messages.filter((m) => m.to.includes(email) && m.messageId.includes(orderId))).toHaveLength(2);
    } finally {
      await kill(second.proc);
    }
  }, 150_000);
});
