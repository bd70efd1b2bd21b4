import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToCart, drained, orderOf, product, startCheckout, stockOf } from './commerce-helpers';
import { createUser, type TestUser } from './helpers';
import { type StripeSuite, startStripeSuite } from './stripe-helpers';

let suite: StripeSuite;
const logs: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];

beforeAll(async () => {
  suite = await startStripeSuite({ log: (level, msg, fields) => logs.push({ level, msg, fields }) });
});
afterAll(() => suite.close());

async function buyerWithSession(units = 1, stock = 10, priceCents = 1500) {
  const buyer = await createUser(suite.server, 'customer');
  const item = await product(suite, { stock, priceCents });
  await addToCart(suite.server, buyer, item.id, units);
  const session = await startCheckout(suite.server, buyer);
  if (session.status !== 200) throw new Error(session.text);
  return { buyer, item, sessionId: session.body.sessionId as string, orderId: session.body.orderId as string };
}

const noticesOf = (buyer: TestUser) =>
  suite.smtp.messages.filter((m) => m.to.includes(buyer.email) && m.subject !== 'Welcome to Mercato');

describe('checkout with Stripe (real SDK, local fake)', () => {
  it('creates one Checkout Session per order with the contract’s fields and an order-derived idempotency key', async () => {
    const { buyer, item, sessionId, orderId } = await buyerWithSession(2, 10, 1500);
    const creates = suite.fake.requests.filter((r) => r.endpoint === 'checkout.sessions.create' && r.status === 200);
    const mine = creates.find((r) => (r.params.metadata as Record<string, string>)?.orderId === orderId);
    expect(mine?.idempotencyKey).toBe(`mercato-checkout-${orderId}`);
    expect(mine?.params).toMatchObject({
      mode: 'payment',
      client_reference_id: buyer.id,
      line_items: [
        { quantity: '2', price_data: { currency: 'usd', unit_amount: '1500', product_data: { name: item.name } } },
      ],
    });
    const session = suite.fake.sessions.get(sessionId);
    expect(session?.amount_total).toBe(3000);
    const order = await orderOf(suite.server, buyer, orderId);
    expect(Date.parse(order.holdExpiresAt)).toBeLessThanOrEqual((session?.expires_at ?? 0) * 1000);
  });

  it('finalizes exactly once when two webhooks and two confirms race for each paid session', async () => {
    const buyers = await Promise.all(Array.from({ length: 6 }, () => buyerWithSession(2, 5)));
    await Promise.all(
      buyers.map(async ({ buyer, sessionId }) => {
        suite.fake.pay(sessionId);
        const first = suite.sessionEvent('checkout.session.completed', sessionId);
        const second = suite.sessionEvent('checkout.session.completed', sessionId);
        const confirm = () =>
          suite.server.api('POST', `/api/checkout/confirm-payment?sessionId=${sessionId}`, {
            token: buyer.accessToken,
          });
        const answers = await Promise.all([
          suite.deliver(first),
          suite.deliver(second),
          suite.deliver(first),
          confirm(),
          confirm(),
        ]);
        for (const a of answers) expect(a.status, 'body' in a ? String(a.body) : '').toBe(200);
      }),
    );
    for (const { buyer, item, orderId } of buyers) {
      expect(await orderOf(suite.server, buyer, orderId)).toMatchObject({ status: 'paid', paymentStatus: 'paid' });
      expect(await stockOf(suite.server, item.id)).toBe(3);
    }
    await drained(suite.server, 'order-notice');
    for (const { buyer } of buyers) {
      const subjects = noticesOf(buyer).map((m) => m.subject);
      expect(subjects.filter((s) => s.includes('confirmed'))).toHaveLength(1);
      expect(subjects.filter((s) => s.includes('receipt'))).toHaveLength(1);
    }
    const { rows } = await suite.server.database.pool.query(
      `SELECT sold_count FROM products WHERE id = ANY($1::uuid[])`,
      [buyers.map((b) => b.item.id)],
    );
    expect(rows.map((r: { sold_count: number }) => r.sold_count)).toEqual(buyers.map(() => 2));
  });

  it('ignores an expiry that arrives after the payment, and a replayed event', async () => {
    const { buyer, item, sessionId, orderId } = await buyerWithSession(1, 3);
    suite.fake.pay(sessionId);
    const completed = suite.sessionEvent('checkout.session.completed', sessionId);
    expect(JSON.parse((await suite.deliver(completed)).body).outcome).toBe('paid');
    const expired = suite.fake.event('checkout.session.expired', {
      ...suite.fake.sessions.get(sessionId),
      status: 'expired',
    });
    expect(JSON.parse((await suite.deliver(expired)).body).outcome).toBe('ignored');
    expect(JSON.parse((await suite.deliver(completed)).body).outcome).toBe('duplicate_event');
    expect(await orderOf(suite.server, buyer, orderId)).toMatchObject({ status: 'paid' });
    expect(await stockOf(suite.server, item.id)).toBe(2);
  });

  it('waits for a delayed payment, then finalizes on async_payment_succeeded or releases on async_payment_failed', async () => {
    const ok = await buyerWithSession(1, 3);
    suite.fake.completeUnpaid(ok.sessionId);
    const unpaid = await suite.deliver(suite.sessionEvent('checkout.session.completed', ok.sessionId));
    expect(JSON.parse(unpaid.body).outcome).toBe('unpaid');
    expect((await orderOf(suite.server, ok.buyer, ok.orderId)).status).toBe('pending_payment');
    const confirm = await suite.server.api('POST', `/api/checkout/confirm-payment?sessionId=${ok.sessionId}`, {
      token: ok.buyer.accessToken,
    });
    expect(confirm.status).toBe(402);
    suite.fake.asyncSucceed(ok.sessionId);
    await suite.deliver(suite.sessionEvent('checkout.session.async_payment_succeeded', ok.sessionId));
    expect((await orderOf(suite.server, ok.buyer, ok.orderId)).status).toBe('paid');

    const bad = await buyerWithSession(2, 3);
    expect(await stockOf(suite.server, bad.item.id)).toBe(1);
    suite.fake.completeUnpaid(bad.sessionId);
    await suite.deliver(suite.sessionEvent('checkout.session.completed', bad.sessionId));
    suite.fake.asyncFail(bad.sessionId);
    await suite.deliver(suite.sessionEvent('checkout.session.async_payment_failed', bad.sessionId));
    expect(await orderOf(suite.server, bad.buyer, bad.orderId)).toMatchObject({
      status: 'payment_failed',
      paymentStatus: 'failed',
    });
    expect(await stockOf(suite.server, bad.item.id)).toBe(3);
  });

  it('answers 400 to a bad, missing or stale signature and changes nothing; 2xx to unknown sessions and types', async () => {
    const { buyer, sessionId, orderId } = await buyerWithSession(1, 3);
    suite.fake.pay(sessionId);
    const event = suite.sessionEvent('checkout.session.completed', sessionId);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    for (const opts of [{ signature: null }, { signature: 't=1,v1=deadbeef' }, { timestamp: stale }]) {
      const res = await suite.deliver(event, opts);
      expect(res.status, JSON.stringify(opts)).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect((await orderOf(suite.server, buyer, orderId)).status).toBe('pending_payment');
    const unknown = suite.fake.event('checkout.session.completed', {
      ...suite.fake.sessions.get(sessionId),
      id: 'cs_test_unknown',
    });
    expect(await suite.deliver(unknown)).toMatchObject({ status: 200 });
    expect(
      await suite.deliver(suite.fake.event('customer.created', { id: 'cus_1', object: 'customer' })),
    ).toMatchObject({
      status: 200,
    });
    expect((await orderOf(suite.server, buyer, orderId)).status).toBe('pending_payment');
  });

  it('answers 400 to a signed event that is not a well-formed Stripe event, and changes nothing', async () => {
    const { buyer, sessionId, orderId } = await buyerWithSession(1, 3);
    suite.fake.pay(sessionId);
    const good = suite.sessionEvent('checkout.session.completed', sessionId);
    const session = good.data.object as Record<string, unknown>;
    const malformed = [
      { id: 'evt_no_data', type: 'checkout.session.completed' },
      { ...good, id: 'evt_no_object', data: {} },
      { ...good, id: 'evt_nul_session', data: { object: { ...session, id: 'cs_\u0000' } } },
      { ...good, id: 'evt_number_session', data: { object: { ...session, id: 42 } } },
      { ...good, id: 'evt_no_expiry', data: { object: { ...session, expires_at: 'soon' } } },
      { ...good, id: 'evt_bad_amount', data: { object: { ...session, amount_total: '1500' } } },
      { ...good, id: 'evt_nul_order', data: { object: { ...session, metadata: { orderId: '\u0000' } } } },
    ];
    for (const event of malformed) {
      const res = await suite.deliver(event as never);
      expect([res.status, JSON.parse(res.body).code], event.id).toEqual([400, 'BAD_REQUEST']);
    }
    expect((await orderOf(suite.server, buyer, orderId)).status).toBe('pending_payment');
    expect((await suite.deliver(good)).status).toBe(200);
    expect((await orderOf(suite.server, buyer, orderId)).status).toBe('paid');
  });

  it('never marks paid a session whose amount or currency does not match the order', async () => {
    const { buyer, sessionId, orderId } = await buyerWithSession(1, 3, 5000);
    suite.fake.pay(sessionId);
    const session = suite.fake.sessions.get(sessionId);
    const cheap = suite.fake.event('checkout.session.completed', { ...session, amount_total: 1 });
    const res = await suite.deliver(cheap);
    expect(JSON.parse(res.body).outcome).toBe('mismatch');
    const euros = suite.fake.event('checkout.session.completed', { ...session, currency: 'eur' });
    expect(JSON.parse((await suite.deliver(euros)).body).outcome).toBe('mismatch');
    expect((await orderOf(suite.server, buyer, orderId)).status).toBe('pending_payment');
    const alerts = logs.filter(
      (l) => l.level === 'error' && l.msg.startsWith('ALERT') && l.fields?.orderId === orderId,
    );
    expect(alerts).toHaveLength(2);
  });

  it('releases the hold and answers 502 when Stripe refuses or hangs on create-session', async () => {
    for (const failure of [{ status: 500 }, { status: 400 }, { hang: true }]) {
      const buyer = await createUser(suite.server, 'customer');
      const item = await product(suite, { stock: 2 });
      await addToCart(suite.server, buyer, item.id, 2);
      suite.fake.failNext('checkout.sessions.create', failure);
      const res = await startCheckout(suite.server, buyer);
      expect(res.status, JSON.stringify(failure)).toBe(502);
      expect(res.body.code).toBe('BAD_GATEWAY');
      expect(res.text).not.toMatch(/sk_test|stack|at /);
      expect(await stockOf(suite.server, item.id)).toBe(2);
      const orders = await suite.server.api('GET', '/api/orders', { token: buyer.accessToken });
      expect(orders.body.items.map((o: { status: string }) => o.status)).toEqual(['cancelled']);
      // Once Stripe answers again, the same cart checks out.
      expect((await startCheckout(suite.server, buyer)).status).toBe(200);
    }
  });
});
