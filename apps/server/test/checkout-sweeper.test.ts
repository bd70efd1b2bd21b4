import { checkout } from '@mercato/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, addToCart, manyBuyers, orderOf, product, startCheckout, stockOf } from './commerce-helpers';
import type { TestUser } from './helpers';
import { type StripeSuite, startStripeSuite } from './stripe-helpers';

let suite: StripeSuite;

beforeAll(async () => {
  suite = await startStripeSuite();
});
afterAll(() => suite.close());

const buyers = async <N extends number>(n: N) => (await manyBuyers(suite.server, n)) as TestUser[] & { length: N };
const anHourLater = () => ({ ...suite.server.deps, now: () => new Date(Date.now() + 60 * 60_000) });

async function waitForStatus(buyer: TestUser, orderId: string, status: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const order = await orderOf(suite.server, buyer, orderId);
    if (order.status === status || Date.now() > deadline) return order;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the sweeper', () => {
  it('asks Stripe first: expires open sessions and releases them, finalizes a paid one, leaves a delayed payment held', async () => {
    const item = await product(suite, { stock: 10 });
    const [open, paid, delayed, legacy] = (await buyers(4)) as [TestUser, TestUser, TestUser, TestUser];
    const sessions = new Map<TestUser, { orderId: string; sessionId: string }>();
    for (const buyer of [open, paid, delayed]) {
      await addToCart(suite.server, buyer, item.id, 2);
      sessions.set(buyer, (await startCheckout(suite.server, buyer)).body);
    }
    const of = (b: TestUser) => sessions.get(b) ?? { orderId: '', sessionId: '' };
    await addToCart(suite.server, legacy, item.id, 1);
    const legacyOrder = await suite.server.api('POST', '/api/orders', {
      token: legacy.accessToken,
      body: { address: ADDRESS },
    });
    expect(legacyOrder.status, legacyOrder.text).toBe(201);
    expect(legacyOrder.body).toMatchObject({ status: 'pending_payment', stripeSessionId: null, totalCents: 1000 });
    expect(await stockOf(suite.server, item.id)).toBe(3);
    suite.fake.pay(of(paid).sessionId);
    suite.fake.completeUnpaid(of(delayed).sessionId);

    // Nothing is due before the holds end.
    expect(await checkout.sweepExpiredHolds(suite.server.deps)).toEqual({
      released: 0,
      finalized: 0,
      waiting: 0,
      failed: 0,
    });
    // Holds end 30 minutes from now: sweep as if it were an hour later.
    expect(await checkout.sweepExpiredHolds(anHourLater())).toEqual({
      released: 2,
      finalized: 1,
      waiting: 1,
      failed: 0,
    });
    expect(suite.fake.sessions.get(of(open).sessionId)?.status).toBe('expired');
    expect((await orderOf(suite.server, open, of(open).orderId)).status).toBe('expired');
    expect((await orderOf(suite.server, paid, of(paid).orderId)).status).toBe('paid');
    expect((await orderOf(suite.server, delayed, of(delayed).orderId)).status).toBe('pending_payment');
    expect((await orderOf(suite.server, legacy, legacyOrder.body.id)).status).toBe('expired');
    expect(await stockOf(suite.server, item.id)).toBe(6);
  });

  it('runs as a pg-boss job: a sweep job enqueued now is worked by the worker', async () => {
    const item = await product(suite, { stock: 2 });
    const [buyer] = (await buyers(1)) as [TestUser];
    await addToCart(suite.server, buyer, item.id, 2);
    const session = await startCheckout(suite.server, buyer);
    await suite.server.database.pool.query(
      `UPDATE orders SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [session.body.orderId],
    );
    await suite.server.boss.send('checkout-sweep', {});
    const order = await waitForStatus(buyer, session.body.orderId, 'expired');
    expect(order.status).toBe('expired');
    expect(await stockOf(suite.server, item.id)).toBe(2);
  });
});

describe('late payments', () => {
  it('a replaced checkout paid after all takes its units again when they are there', async () => {
    const item = await product(suite, { stock: 5 });
    const [buyer] = (await buyers(1)) as [TestUser];
    await addToCart(suite.server, buyer, item.id, 2);
    const first = await startCheckout(suite.server, buyer);
    // Stripe cannot be reached to expire the first session when the second checkout replaces it.
    suite.fake.failNext('checkout.sessions.expire', { status: 500 });
    const second = await startCheckout(suite.server, buyer);
    expect(second.status).toBe(200);
    expect((await orderOf(suite.server, buyer, first.body.orderId)).status).toBe('cancelled');
    expect(await stockOf(suite.server, item.id)).toBe(3);

    suite.fake.pay(first.body.sessionId);
    const late = await suite.deliver(suite.sessionEvent('checkout.session.completed', first.body.sessionId));
    expect(JSON.parse(late.body).outcome).toBe('late_paid');
    expect((await orderOf(suite.server, buyer, first.body.orderId)).status).toBe('paid');
    expect(await stockOf(suite.server, item.id)).toBe(1);
  });

  it('refunds a late payment whose units are gone, once, through the refund job', async () => {
    const item = await product(suite, { stock: 1, priceCents: 4200 });
    const [early, other] = (await buyers(2)) as [TestUser, TestUser];
    await addToCart(suite.server, early, item.id, 1);
    const first = await startCheckout(suite.server, early);
    suite.fake.failNext('checkout.sessions.expire', { status: 500 });
    await suite.server.api('PATCH', `/api/orders/${first.body.orderId}/status`, {
      token: suite.admin.accessToken,
      body: { status: 'cancelled' },
    });
    await addToCart(suite.server, other, item.id, 1);
    expect((await startCheckout(suite.server, other)).status).toBe(200);
    expect(await stockOf(suite.server, item.id)).toBe(0);

    suite.fake.pay(first.body.sessionId);
    const event = suite.sessionEvent('checkout.session.completed', first.body.sessionId);
    expect(JSON.parse((await suite.deliver(event)).body).outcome).toBe('late_refund');
    expect(JSON.parse((await suite.deliver(event)).body).outcome).toBe('duplicate_event');
    const order = await waitForStatus(early, first.body.orderId, 'refunded');
    expect(order).toMatchObject({ status: 'refunded', paymentStatus: 'refunded' });
    const refunds = [...suite.fake.refunds.values()].filter((r) => r.amount === 4200);
    expect(refunds).toHaveLength(1);
    expect(await stockOf(suite.server, item.id)).toBe(0);
  });
});
