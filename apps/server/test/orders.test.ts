import { mail, orders } from '@mercato/core';
import { orderNotices } from '@mercato/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageThrough, UNKNOWN_ID } from './catalog-helpers';
import { ADDRESS, addToCart, drained, orderOf, product, startCheckout, stockOf } from './commerce-helpers';
import { createUser, type TestUser } from './helpers';
import { type StripeSuite, startStripeSuite } from './stripe-helpers';

let suite: StripeSuite;

beforeAll(async () => {
  suite = await startStripeSuite();
});
afterAll(() => suite.close());

async function paidOrder(buyer: TestUser, units = 1, stock = 10) {
  const item = await product(suite, { stock, priceCents: 2000 });
  await addToCart(suite.server, buyer, item.id, units);
  const session = await startCheckout(suite.server, buyer);
  suite.fake.pay(session.body.sessionId);
  const confirmed = await suite.server.api(
    'POST',
    `/api/checkout/confirm-payment?sessionId=${session.body.sessionId}`,
    {
      token: buyer.accessToken,
    },
  );
  expect(confirmed.status, confirmed.text).toBe(200);
  return { item, order: confirmed.body, sessionId: session.body.sessionId as string };
}

const admin = () => ({ token: suite.admin.accessToken });

describe('orders', () => {
  it('lists the caller’s own orders newest first, by status, in keyset pages that skip and repeat nothing', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const other = await createUser(suite.server, 'customer');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await paidOrder(buyer)).order.id);
    const lamp = await product(suite, { stock: 3 });
    await addToCart(suite.server, buyer, lamp.id, 1);
    const pending = await suite.server.api('POST', '/api/orders', {
      token: buyer.accessToken,
      body: { address: ADDRESS },
    });
    expect(pending.status).toBe(201);
    await paidOrder(other);

    const all = await pageThrough(suite.server, '/api/orders?limit=2', { token: buyer.accessToken });
    expect(all).toEqual([pending.body.id, ...ids.reverse()]);
    const paid = await suite.server.api('GET', '/api/orders?status=paid', { token: buyer.accessToken });
    expect(paid.body.items.map((o: { id: string }) => o.id)).toEqual(ids);
    expect(paid.body.items[0]).toMatchObject({
      currency: 'usd',
      totalCents: 2000,
      items: [{ quantity: 1, unitPriceCents: 2000 }],
    });
    for (const bad of ['status=unknown', 'limit=0', 'limit=101', 'cursor=notacursor']) {
      expect((await suite.server.api('GET', `/api/orders?${bad}`, { token: buyer.accessToken })).status, bad).toBe(400);
    }
  });

  it('lets admins list everyone’s orders by status and user; others get 403, no token 401', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const { order } = await paidOrder(buyer);
    const byUser = await suite.server.api('GET', `/api/admin/orders?userId=${buyer.id}`, admin());
    expect(byUser.status).toBe(200);
    expect(byUser.body.items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const paid = await suite.server.api('GET', '/api/admin/orders?status=paid&limit=100', admin());
    expect(paid.body.items.every((o: { status: string }) => o.status === 'paid')).toBe(true);
    expect(paid.body.items.map((o: { userId: string }) => o.userId)).toContain(buyer.id);
    expect((await suite.server.api('GET', '/api/admin/orders', { token: buyer.accessToken })).status).toBe(403);
    expect((await suite.server.api('GET', '/api/admin/orders', { token: suite.seller.accessToken })).status).toBe(403);
    expect((await suite.server.api('GET', '/api/admin/orders')).status).toBe(401);
    expect((await suite.server.api('GET', `/api/admin/orders?userId=${UNKNOWN_ID}`, admin())).body.items).toEqual([]);
  });

  it('takes scope=all on the list for admins (the contract’s other spelling of /admin/orders); 403 for others', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const { order } = await paidOrder(buyer);
    const all = await suite.server.api('GET', '/api/orders?scope=all&limit=100', admin());
    expect(all.status, all.text).toBe(200);
    expect(all.body.items.map((o: { id: string }) => o.id)).toContain(order.id);
    const same = await suite.server.api('GET', '/api/admin/orders?limit=100', admin());
    expect(all.body.items).toEqual(same.body.items);
    const mine = await suite.server.api('GET', '/api/orders?scope=mine', admin());
    expect(mine.body.items.every((o: { userId: string }) => o.userId === suite.admin.id)).toBe(true);
    const refused = await suite.server.api('GET', '/api/orders?scope=all', { token: buyer.accessToken });
    expect(refused.status, refused.text).toBe(403);
    expect((await suite.server.api('GET', '/api/orders?scope=everyone', admin())).status).toBe(400);
    // tRPC takes it too.
    const trpc = await suite.server.api(
      'GET',
      `/trpc/orders.list?input=${encodeURIComponent('{"scope":"all","limit":100}')}`,
      admin(),
    );
    expect(trpc.status, trpc.text).toBe(200);
    expect(trpc.body.result.data.items.map((o: { id: string }) => o.id)).toContain(order.id);
  });

  it('moves paid → shipped → delivered with a shipping notice; refuses every other move with 409 and changes nothing', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const { order } = await paidOrder(buyer);
    const patch = (body: object, token = suite.admin.accessToken) =>
      suite.server.api('PATCH', `/api/orders/${order.id}/status`, { token, body });
    expect((await patch({ status: 'delivered' })).status).toBe(409);
    expect((await patch({ status: 'refunded' })).body.message).toMatch(/refund/);
    expect((await patch({ status: 'shipped' }, buyer.accessToken)).status).toBe(403);
    expect((await patch({ status: 'teleported' })).status).toBe(400);
    const shipped = await patch({ status: 'shipped', trackingNumber: 'TRACK-123' });
    expect(shipped.status, shipped.text).toBe(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', trackingNumber: 'TRACK-123' });
    expect((await patch({ status: 'paid' })).status).toBe(409);
    expect((await patch({ status: 'delivered' })).body.status).toBe('delivered');
    expect(
      (await suite.server.api('PATCH', `/api/orders/${UNKNOWN_ID}/status`, { ...admin(), body: { status: 'shipped' } }))
        .status,
    ).toBe(404);
    await drained(suite.server, 'order-notice');
    const notice = suite.smtp.messages.find((m) => m.to.includes(buyer.email) && m.subject.includes('shipped'));
    expect(notice?.raw).toContain('TRACK-123');
  });

  it('refunds a paid order once: Stripe refund with an order key, units back in stock, refund notice', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const { order, item } = await paidOrder(buyer, 3, 5);
    expect(await stockOf(suite.server, item.id)).toBe(2);
    expect(
      (await suite.server.api('POST', `/api/orders/${order.id}/refund`, { token: buyer.accessToken })).status,
    ).toBe(403);
    suite.fake.failNext('refunds.create', { status: 500 });
    const failed = await suite.server.api('POST', `/api/orders/${order.id}/refund`, admin());
    expect(failed.status).toBe(502);
    expect((await orderOf(suite.server, buyer, order.id)).status).toBe('paid');
    const [first, second] = await Promise.all([
      suite.server.api('POST', `/api/orders/${order.id}/refund`, admin()),
      suite.server.api('POST', `/api/orders/${order.id}/refund`, admin()),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({ status: 'refunded', paymentStatus: 'refunded' });
    expect(await stockOf(suite.server, item.id)).toBe(5);
    const refunds = suite.fake.requests.filter((r) => r.endpoint === 'refunds.create' && r.status === 200);
    expect(new Set(refunds.map((r) => r.idempotencyKey))).toEqual(new Set([`mercato-refund-${order.id}`]));
    expect([...suite.fake.refunds.values()].filter((r) => r.amount === 6000)).toHaveLength(1);
    await drained(suite.server, 'order-notice');
    expect(
      suite.smtp.messages.filter((m) => m.to.includes(buyer.email) && m.subject.includes('refunded')),
    ).toHaveLength(1);
    const pendingBuyer = await createUser(suite.server, 'customer');
    const lamp = await product(suite, { stock: 1 });
    await addToCart(suite.server, pendingBuyer, lamp.id, 1);
    const pending = await startCheckout(suite.server, pendingBuyer);
    expect((await suite.server.api('POST', `/api/orders/${pending.body.orderId}/refund`, admin())).status).toBe(409);
  });

  it('marks an order refunded on charge.refunded from Stripe (a dashboard refund), once', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const { order, item, sessionId } = await paidOrder(buyer, 1, 4);
    const intent = suite.fake.sessions.get(sessionId)?.payment_intent as string;
    const charge = { ...suite.fake.charge(intent), amount_refunded: 2000, refunded: true };
    const event = suite.fake.event('charge.refunded', charge);
    expect(JSON.parse((await suite.deliver(event)).body).outcome).toBe('refunded');
    expect(JSON.parse((await suite.deliver(event)).body).outcome).toBe('duplicate_event');
    expect((await orderOf(suite.server, buyer, order.id)).status).toBe('refunded');
    expect(await stockOf(suite.server, item.id)).toBe(4);
  });

  it('marks ratings of paid buyers as verified purchases', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const stranger = await createUser(suite.server, 'customer');
    const { item } = await paidOrder(buyer);
    const rate = (who: TestUser) =>
      suite.server.api('POST', '/api/ratings', { token: who.accessToken, body: { productId: item.id, rating: 5 } });
    expect((await rate(buyer)).body.verifiedPurchase).toBe(true);
    expect((await rate(stranger)).body.verifiedPurchase).toBe(false);
  });

  it('sends a notice once when two workers run its job at once, and takes over a claim a dead worker left', async () => {
    const buyer = await createUser(suite.server, 'customer');
    const { order } = await paidOrder(buyer);
    const mailer = mail.createMailer({ smtpUrl: suite.smtp.url, outboxDir: '', from: 'Mercato <shop@example.com>' });
    const send = (kind: 'shipping' | 'refund') =>
      orders.sendOrderNotice(suite.server.deps.db, mailer, {
        orderId: order.id,
        kind,
        storefrontUrl: 'https://shop.example',
      });
    try {
      const results = await Promise.allSettled([send('shipping'), send('shipping'), send('shipping')]);
      expect(results.filter((r) => r.status === 'fulfilled' && r.value === 'sent')).toHaveLength(1);
      expect(await send('shipping')).toBe('already_sent');
      const shippingId = orders.noticeMessageId(order.id, 'shipping');
      expect(suite.smtp.messages.filter((m) => m.messageId === shippingId)).toHaveLength(1);
      // With STOREFRONT_URL, the notice links to the order's page on the storefront.
      // (quoted-printable: soft line breaks joined)
      const raw = suite.smtp.messages.find((m) => m.messageId === shippingId)?.raw.replace(/=\r\n/g, '');
      expect(raw).toContain(`https://shop.example/orders/${order.id}`);

      // A claim from a worker that died ten minutes ago is taken over; a fresh one is left alone (retried later).
      const claim = { orderId: order.id, kind: 'refund', messageId: orders.noticeMessageId(order.id, 'refund') };
      await suite.server.deps.db
        .insert(orderNotices)
        .values({ ...claim, claimedAt: new Date(Date.now() - 10 * 60_000) });
      expect(await send('refund')).toBe('sent');
      const other = await paidOrder(buyer);
      await suite.server.deps.db
        .insert(orderNotices)
        .values({ ...claim, orderId: other.order.id, messageId: orders.noticeMessageId(other.order.id, 'refund') });
      await expect(
        orders.sendOrderNotice(suite.server.deps.db, mailer, {
          orderId: other.order.id,
          kind: 'refund',
          storefrontUrl: null,
        }),
      ).rejects.toThrow(/being sent/);
    } finally {
      mailer.close();
    }
  });

  it('shows admins the jobs that used up their retries', async () => {
    const ghost = '00000000-0000-4000-8000-00000000dead';
    // A notice of an order that does not exist fails every attempt; no retries, to see it fail at once.
    await suite.server.boss.send('order-notice', { orderId: ghost, kind: 'confirmation' }, { retryLimit: 0 });
    const deadline = Date.now() + 20_000;
    let failed: { items: { queue: string; data: { orderId: string }; error: string | null }[] } = { items: [] };
    while (Date.now() < deadline) {
      failed = (await suite.server.api('GET', '/api/admin/jobs/failed?queue=order-notice', admin())).body;
      if (failed.items.some((j) => j.data.orderId === ghost)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const job = failed.items.find((j) => j.data.orderId === ghost);
    expect(job).toMatchObject({ queue: 'order-notice', error: expect.any(String) });
    expect((await suite.server.api('GET', '/api/admin/jobs/failed', { token: suite.seller.accessToken })).status).toBe(
      403,
    );
    expect((await suite.server.api('GET', '/api/admin/jobs/failed?cursor=bad', admin())).status).toBe(400);
  });
});
