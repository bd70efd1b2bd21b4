import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADDRESS,
  addToCart,
  type CommerceSuite,
  drained,
  orderOf,
  product,
  simulate,
  startCheckout,
  startCommerceSuite,
  stockOf,
} from './commerce-helpers';
import { createUser } from './helpers';

let suite: CommerceSuite;

beforeAll(async () => {
  suite = await startCommerceSuite();
});
afterAll(() => suite.close());

describe('checkout through the payment simulator', () => {
  it('holds stock, pays on the simulator page, confirms, and e-mails the confirmation and receipt once', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const lamp = await product(suite, { priceCents: 2500, stock: 5 });
    const bulb = await product(suite, { priceCents: 199, stock: 10 });
    await addToCart(server, buyer, lamp.id, 2);
    await addToCart(server, buyer, bulb.id, 3);

    const session = await startCheckout(server, buyer);
    expect(session.status, session.text).toBe(200);
    expect(session.body).toMatchObject({ amountTotalCents: 5597, currency: 'usd' });
    expect(session.body.url).toBe(`${server.url}/simulator/checkout/${session.body.sessionId}`);
    expect(await stockOf(server, lamp.id)).toBe(3);
    expect(await stockOf(server, bulb.id)).toBe(7);

    const pending = await orderOf(server, buyer, session.body.orderId);
    expect(pending).toMatchObject({
      status: 'pending_payment',
      paymentStatus: 'pending',
      totalCents: 5597,
      currency: 'usd',
      stripeSessionId: session.body.sessionId,
      address: { ...ADDRESS, country: 'GB' },
    });
    expect(pending.items).toHaveLength(2);

    const unpaid = await server.api('POST', `/api/checkout/confirm-payment?sessionId=${session.body.sessionId}`, {
      token: buyer.accessToken,
    });
    expect(unpaid.status, unpaid.text).toBe(402);
    expect(unpaid.body.code).toBe('PAYMENT_REQUIRED');

    const page = await fetch(session.body.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('$55.97');
    expect(html).toContain(lamp.name);

    const paid = await simulate(server, session.body.sessionId, 'pay');
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`https://shop.example/thanks?session=${session.body.sessionId}`);

    const confirmed = await server.api('POST', `/api/checkout/confirm-payment?session_id=${session.body.sessionId}`, {
      token: buyer.accessToken,
    });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body).toMatchObject({ id: session.body.orderId, status: 'paid', paymentStatus: 'paid' });
    expect(confirmed.body.paidAt).toEqual(expect.any(String));

    // The hold became a sale: stock stays where the hold put it, the purchased lines left the cart.
    expect(await stockOf(server, lamp.id)).toBe(3);
    const cart = await server.api('GET', '/api/cart', { token: buyer.accessToken });
    expect(cart.body.items).toEqual([]);
    const popular = await server.api('GET', `/api/products?sort=popular&categoryId=${suite.categoryId}&limit=1`);
    expect(popular.body.items[0].id).toBe(bulb.id);

    await drained(server, 'order-notice');
    await drained(server, 'mail-welcome');
    const mails = suite.smtp.messages.filter((m) => m.to.includes(buyer.email));
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        expect.stringMatching(/^Order [0-9A-F]{8} confirmed$/),
        expect.stringMatching(/^Payment receipt for order/),
        'Welcome to Mercato',
      ].sort(),
    );
    const confirmation = mails.find((m) => m.subject.includes('confirmed'));
    expect(confirmation?.raw).toContain('$55.97');
    expect(confirmation?.raw).toContain('text/html');
    // No STOREFRONT_URL here: no link at all, never one to the API's own host, which has no order pages.
    for (const m of mails) expect(m.raw.replace(/=\r\n/g, ''), m.subject).not.toMatch(/https?:\/\/\S*\/orders\//);
    expect(mails.find((m) => m.subject === 'Welcome to Mercato')?.raw).not.toContain('Visit us at');
    expect(confirmation?.raw).toContain('text/plain');

    // A second click and a second confirm change nothing.
    expect((await simulate(server, session.body.sessionId, 'pay')).status).toBe(409);
    const again = await server.api('POST', '/api/checkout/confirm-payment', {
      token: buyer.accessToken,
      body: { sessionId: session.body.sessionId },
    });
    expect(again.body.status).toBe('paid');
    await drained(server, 'order-notice');
    expect(suite.smtp.messages.filter((m) => m.to.includes(buyer.email))).toHaveLength(3);
  });

  it('answers 404 to a session id no session can have (a NUL, bad UTF-8, too long) on every simulator route', async () => {
    const { server } = suite;
    for (const id of ['%00', 'cs_sim_a%00b', '%FF', 'x'.repeat(3000)]) {
      const page = await fetch(`${server.url}/simulator/checkout/${id}`);
      expect(page.status, `GET ${id.slice(0, 20)}`).toBe(404);
      for (const outcome of ['pay', 'fail', 'cancel'] as const) {
        const res = await simulate(server, id, outcome);
        expect(res.status, `${outcome} ${id.slice(0, 20)}`).toBe(404);
      }
    }
  });

  it('gives the stock back when the buyer fails or cancels on the simulator page', async () => {
    const { server } = suite;
    const lamp = await product(suite, { stock: 4 });
    for (const [outcome, status, paymentStatus, message] of [
      ['fail', 'payment_failed', 'failed', 'The payment failed; start a new checkout'],
      ['cancel', 'expired', 'pending', 'The checkout session expired before it was paid; start a new checkout'],
    ] as const) {
      const buyer = await createUser(server, 'customer');
      await addToCart(server, buyer, lamp.id, 3);
      const session = await startCheckout(server, buyer);
      expect(await stockOf(server, lamp.id)).toBe(1);
      const res = await simulate(server, session.body.sessionId, outcome);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('https://shop.example/cart');
      expect(await stockOf(server, lamp.id)).toBe(4);
      expect(await orderOf(server, buyer, session.body.orderId)).toMatchObject({ status, paymentStatus });
      const confirm = await server.api('POST', `/api/checkout/confirm-payment?sessionId=${session.body.sessionId}`, {
        token: buyer.accessToken,
      });
      expect(confirm.status, confirm.text).toBe(409);
      // The answer says what happened to this checkout, not a guess.
      expect(confirm.body.message).toBe(message);
      // The cart is still there to try again.
      expect((await server.api('GET', '/api/cart', { token: buyer.accessToken })).body.items).toHaveLength(1);
    }
  });

  it('one cart, one hold: a second checkout gives back the first hold and cancels its order', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const lamp = await product(suite, { stock: 5 });
    await addToCart(server, buyer, lamp.id, 2);
    const first = await startCheckout(server, buyer);
    expect(await stockOf(server, lamp.id)).toBe(3);
    await addToCart(server, buyer, lamp.id, 1);
    const second = await startCheckout(server, buyer);
    expect(second.status, second.text).toBe(200);
    expect(second.body.orderId).not.toBe(first.body.orderId);
    expect(await stockOf(server, lamp.id)).toBe(2);
    expect((await orderOf(server, buyer, first.body.orderId)).status).toBe('cancelled');
    // The first session's page can no longer take money.
    expect((await simulate(server, first.body.sessionId, 'pay')).status).toBe(409);
    const confirm = await server.api('POST', `/api/checkout/confirm-payment?sessionId=${first.body.sessionId}`, {
      token: buyer.accessToken,
    });
    expect(confirm.status, confirm.text).toBe(409);
    expect(confirm.body.message).toMatch(/^This checkout was cancelled/);
  });

  it('names the cart line that stops a checkout: a product no longer sold, or one short of stock', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const lamp = await product(suite, { stock: 5 });
    const bulb = await product(suite, { stock: 5 });
    await addToCart(server, buyer, lamp.id, 2);
    await addToCart(server, buyer, bulb.id, 3);
    const seller = { token: suite.seller.accessToken };
    expect((await server.api('DELETE', `/api/products/${bulb.id}`, seller)).status).toBeLessThan(300);
    const gone = await startCheckout(server, buyer);
    expect(gone.status, gone.text).toBe(409);
    expect(gone.body.message).toBe(`"${bulb.name}" is no longer sold; remove it from the cart`);

    const cart = await server.api('GET', '/api/cart', { token: buyer.accessToken });
    const line = cart.body.items.find((i: { productId: string }) => i.productId === bulb.id);
    expect(line.availability).toBe('unavailable');
    await server.api('DELETE', `/api/cart/${line.id}`, { token: buyer.accessToken });
    const cut = await server.api('PUT', `/api/products/${lamp.id}`, { ...seller, body: { stock: 1 } });
    expect(cut.status, cut.text).toBe(200);
    const short = await startCheckout(server, buyer);
    expect(short.status, short.text).toBe(409);
    expect(short.body.message).toBe(`Only 1 of "${lamp.name}" left; lower the quantity in the cart`);
    // Nothing was held by either attempt.
    expect(await stockOf(server, lamp.id)).toBe(1);
    await server.api('PUT', `/api/products/${lamp.id}`, { ...seller, body: { stock: 0 } });
    expect((await startCheckout(server, buyer)).body.message).toBe(
      `"${lamp.name}" is sold out; remove it from the cart`,
    );
  });

  it('refuses an empty cart (409) and bad input (400) without holding anything', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const empty = await startCheckout(server, buyer);
    expect(empty.status).toBe(409);
    expect(empty.body.message).toMatch(/empty/i);
    const lamp = await product(suite, { stock: 2 });
    await addToCart(server, buyer, lamp.id, 1);
    const bad = [
      { successUrl: 'javascript:alert(1)' },
      { successUrl: undefined, success_url: undefined },
      { address: { ...ADDRESS, country: 'Great Britain' } },
      { address: { ...ADDRESS, name: '' } },
      { address: { ...ADDRESS, line1: 'a\u0000b' } },
      { address: null },
    ];
    for (const extra of bad) {
      const res = await startCheckout(server, buyer, extra);
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body.issues?.length).toBeGreaterThan(0);
    }
    expect(await stockOf(server, lamp.id)).toBe(2);
    const aliased = await startCheckout(server, buyer, {
      successUrl: undefined,
      cancelUrl: undefined,
      success_url: 'https://shop.example/ok',
      cancel_url: 'https://shop.example/no',
    });
    expect(aliased.status, aliased.text).toBe(200);
  });

  it('keeps sessions and orders private: another user gets 404, no token 401', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const other = await createUser(server, 'customer');
    const lamp = await product(suite, { stock: 2 });
    await addToCart(server, buyer, lamp.id, 1);
    const session = await startCheckout(server, buyer);
    const sid = session.body.sessionId;
    const asOther = { token: other.accessToken };
    expect((await server.api('GET', `/api/checkout/session/${sid}`, asOther)).status).toBe(404);
    expect((await server.api('POST', `/api/checkout/confirm-payment?sessionId=${sid}`, asOther)).status).toBe(404);
    expect((await server.api('GET', `/api/orders/${session.body.orderId}`, asOther)).status).toBe(404);
    expect((await server.api('GET', `/api/checkout/session/${sid}`)).status).toBe(401);
    const state = await server.api('GET', `/api/checkout/session/${sid}`, { token: buyer.accessToken });
    expect(state.body).toMatchObject({
      sessionId: sid,
      status: 'open',
      paymentStatus: 'unpaid',
      orderId: session.body.orderId,
    });
    expect(
      (await server.api('GET', `/api/orders/${session.body.orderId}`, { token: suite.admin.accessToken })).status,
    ).toBe(200);
  });

  it('replays create-session retried with the same Idempotency-Key: one order, one hold', async () => {
    const { server } = suite;
    const buyer = await createUser(server, 'customer');
    const lamp = await product(suite, { stock: 5 });
    await addToCart(server, buyer, lamp.id, 2);
    const headers = { 'idempotency-key': `checkout-${buyer.id}` };
    const first = await startCheckout(server, buyer, {}, headers);
    const retried = await startCheckout(server, buyer, {}, headers);
    expect(first.status, first.text).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body).toEqual(first.body);
    expect(await stockOf(server, lamp.id)).toBe(3);
    const orders = await server.api('GET', '/api/orders', { token: buyer.accessToken });
    expect(orders.body.items).toHaveLength(1);
  });
});
