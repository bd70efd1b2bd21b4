import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseForm, type StripeFake, startStripeFake } from './stripe-fake';

const KEY = 'sk_test_fake_123456';
let fake: StripeFake;
let stripe: Stripe;

const client = (timeout?: number) =>
  new Stripe(KEY, {
    host: fake.host,
    port: fake.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
    ...(timeout ? { timeout } : {}),
  });

const params = (over: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: 'payment',
  line_items: [
    { price_data: { currency: 'usd', unit_amount: 1250, product_data: { name: 'Mug & co' } }, quantity: 2 },
    { price_data: { currency: 'usd', unit_amount: 499, product_data: { name: 'Tea [green]' } }, quantity: 1 },
  ],
  metadata: { orderId: 'ord_1' },
  client_reference_id: 'user_1',
  success_url: 'http://shop.test/ok?session_id={CHECKOUT_SESSION_ID}',
  cancel_url: 'http://shop.test/cancel',
  expires_at: Math.floor(Date.now() / 1000) + 3600,
  ...over,
});

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${fake.url}${path}`, init).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

beforeAll(async () => {
  fake = await startStripeFake();
  stripe = client();
});
afterAll(() => fake.close());
afterEach(() => vi.useRealTimers());

describe('form encoding', () => {
  it('parses bracket notation into nested objects and arrays', () => {
    expect(
      parseForm(
        'line_items[0][price_data][product_data][name]=A%20b&line_items[0][quantity]=2&line_items[1][quantity]=1&metadata[orderId]=o1&x=',
      ),
    ).toEqual({
      line_items: [{ price_data: { product_data: { name: 'A b' } }, quantity: '2' }, { quantity: '1' }],
      metadata: { orderId: 'o1' },
      x: '',
    });
  });
});

describe('checkout sessions through the real SDK', () => {
  it('creates a session from the SDK form body and answers a checkout.session', async () => {
    const s = await stripe.checkout.sessions.create(params({ customer_email: 'a@b.test' }));
    expect(s).toMatchObject({
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 2999,
      amount_subtotal: 2999,
      currency: 'usd',
      metadata: { orderId: 'ord_1' },
      client_reference_id: 'user_1',
      customer_email: 'a@b.test',
      payment_intent: null,
      livemode: false,
      mode: 'payment',
    });
    expect(s.id).toMatch(/^cs_test_/);
    expect(s.url).toBe(`${fake.url}/pay/${s.id}`);
    const logged = fake.requests.at(-1);
    expect(logged?.endpoint).toBe('checkout.sessions.create');
    expect(logged?.params.line_items).toEqual([
      { price_data: { currency: 'usd', unit_amount: '1250', product_data: { name: 'Mug & co' } }, quantity: '2' },
      { price_data: { currency: 'usd', unit_amount: '499', product_data: { name: 'Tea [green]' } }, quantity: '1' },
    ]);
    expect(logged?.idempotencyKey).toMatch(/^stripe-node-retry-/);
    expect((await stripe.checkout.sessions.retrieve(s.id)).amount_total).toBe(2999);
  });

  it('replays an idempotent create and refuses the key with other parameters', async () => {
    const before = fake.sessions.size;
    const p = params();
    const a = await stripe.checkout.sessions.create(p, { idempotencyKey: 'order-42' });
    const b = await stripe.checkout.sessions.create(p, { idempotencyKey: 'order-42' });
    expect(b.id).toBe(a.id);
    expect(b.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.sessions.size).toBe(before + 1);
    const err = await stripe.checkout.sessions
      .create({ ...p, metadata: { orderId: 'other' } }, { idempotencyKey: 'order-42' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(err.statusCode).toBe(400);
    expect(fake.sessions.size).toBe(before + 1);
  });

  it("validates expires_at with Stripe's 30 minutes to 24 hours", async () => {
    const now = Math.floor(Date.now() / 1000);
    const short = await stripe.checkout.sessions.create(params({ expires_at: now + 60 })).catch((e) => e);
    expect(short).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(short.param).toBe('expires_at');
    const long = await stripe.checkout.sessions.create(params({ expires_at: now + 25 * 3600 })).catch((e) => e);
    expect(long.message).toContain('less than 24 hours');
    const relaxed = await startStripeFake({ minExpiresInSeconds: 1 });
    try {
      const s = await new Stripe(KEY, {
        host: '127.0.0.1',
        port: relaxed.port,
        protocol: 'http',
        telemetry: false,
      }).checkout.sessions.create(params({ expires_at: now + 60 }));
      expect(s.expires_at).toBe(now + 60);
    } finally {
      await relaxed.close();
    }
  });

  it('rejects missing parameters with Stripe errors', async () => {
    const err = await stripe.checkout.sessions.create(params({ line_items: [] })).catch((e) => e);
    expect(err.code).toBe('parameter_missing');
    expect(err.param).toBe('line_items');
  });

  it('answers 404 resource_missing for an unknown session', async () => {
    const err = await stripe.checkout.sessions.retrieve('cs_test_nope').catch((e) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('resource_missing');
  });

  it('expires an open session, and refuses to expire a complete one', async () => {
    const open = await stripe.checkout.sessions.create(params());
    const expired = await stripe.checkout.sessions.expire(open.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    const paid = await stripe.checkout.sessions.create(params());
    fake.pay(paid.id);
    const err = await stripe.checkout.sessions.expire(paid.id).catch((e) => e);
    expect(err.statusCode).toBe(400);
    expect(err.message).toContain('status of `complete`');
  });

  it('reads an open session past expires_at as expired', async () => {
    const s = await stripe.checkout.sessions.create(params());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((s.expires_at + 1) * 1000);
    // Stripe expires it on its own schedule; the fake when the session is next read.
    expect(fake.sessions.get(s.id)?.status).toBe('open');
    expect((await stripe.checkout.sessions.retrieve(s.id)).status).toBe('expired');
  });
});

describe('paying', () => {
  it('pay completes the session with a payment intent', async () => {
    const s = await stripe.checkout.sessions.create(params());
    fake.pay(s.id);
    const after = await stripe.checkout.sessions.retrieve(s.id);
    expect(after).toMatchObject({ status: 'complete', payment_status: 'paid' });
    expect(after.payment_intent).toMatch(/^pi_/);
    expect(() => fake.pay(s.id)).toThrow(/not open/);
  });

  it('delayed payments complete unpaid, then succeed or fail', async () => {
    const a = await stripe.checkout.sessions.create(params());
    const b = await stripe.checkout.sessions.create(params());
    expect(fake.completeUnpaid(a.id)).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    fake.completeUnpaid(b.id);
    expect(fake.asyncSucceed(a.id).payment_status).toBe('paid');
    expect(fake.asyncFail(b.id)).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    expect(() => fake.asyncSucceed(b.id)).toThrow(/no pending/);
  });
});

describe('refunds', () => {
  it('refunds in parts, then refuses more than what is left', async () => {
    const s = await stripe.checkout.sessions.create(params());
    const pi = fake.pay(s.id).payment_intent as string;
    const part = await stripe.refunds.create({ payment_intent: pi, amount: 999 }, { idempotencyKey: 'r1' });
    expect(part).toMatchObject({ object: 'refund', status: 'succeeded', amount: 999, payment_intent: pi });
    const again = await stripe.refunds.create({ payment_intent: pi, amount: 999 }, { idempotencyKey: 'r1' });
    expect(again.id).toBe(part.id);
    expect(fake.charge(pi).amount_refunded).toBe(999);
    const over = await stripe.refunds.create({ payment_intent: pi, amount: 2001 }).catch((e) => e);
    expect(over.statusCode).toBe(400);
    expect(over.code).toBe('amount_too_large');
    const rest = await stripe.refunds.create({ charge: fake.charge(pi).id });
    expect(rest.amount).toBe(2000);
    expect(fake.charge(pi)).toMatchObject({ refunded: true, amount_refunded: 2999 });
  });

  it('refuses to refund a payment that has not succeeded, or an unknown one', async () => {
    const s = await stripe.checkout.sessions.create(params());
    const pi = fake.completeUnpaid(s.id).payment_intent as string;
    expect((await stripe.refunds.create({ payment_intent: pi }).catch((e) => e)).statusCode).toBe(400);
    expect((await stripe.refunds.create({ payment_intent: 'pi_nope' }).catch((e) => e)).code).toBe('resource_missing');
  });
});

describe('the wire', () => {
  it('requires a test secret key as a bearer token', async () => {
    const none = await raw('/v1/checkout/sessions/x');
    expect(none.status).toBe(401);
    expect(none.body.error.type).toBe('invalid_request_error');
    const live = await raw('/v1/checkout/sessions/x', { headers: { Authorization: 'Bearer sk_live_abcdef' } });
    expect(live.status).toBe(401);
    expect(live.body.error.message).not.toContain('sk_live_abcdef');
    const err = await new Stripe('sk_live_nope', {
      host: fake.host,
      port: fake.port,
      protocol: 'http',
    }).checkout.sessions
      .retrieve('x')
      .catch((e) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('answers unknown URLs with a Stripe 404', async () => {
    const r = await raw('/v1/customers', { method: 'POST', headers: { Authorization: `Bearer ${KEY}` } });
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({
      type: 'invalid_request_error',
      message: expect.stringContaining('/v1/customers'),
    });
  });
});

describe('failure injection', () => {
  it('fails the next matching requests with Stripe errors, then recovers', async () => {
    fake.failNext('checkout.sessions.create', { status: 503, times: 2 });
    for (let i = 0; i < 2; i++) {
      const err = await stripe.checkout.sessions.create(params()).catch((e) => e);
      expect(err).toBeInstanceOf(Stripe.errors.StripeAPIError);
      expect(err.statusCode).toBe(503);
    }
    expect((await stripe.checkout.sessions.create(params())).status).toBe('open');
    fake.failNext('*', { status: 402 });
    expect(await stripe.checkout.sessions.retrieve('cs_test_any').catch((e) => e)).toBeInstanceOf(
      Stripe.errors.StripeCardError,
    );
  });

  it('hangs so the SDK times out', async () => {
    fake.failNext('checkout.sessions.retrieve', { hang: true });
    const started = Date.now();
    const err = await client(300)
      .checkout.sessions.retrieve('cs_test_any')
      .catch((e) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(err.message).toContain('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fake.requests.at(-1)?.status).toBe('hang');
  });
});

describe('webhooks', () => {
  const secret = 'whsec_test_secret';
  let received: { signature: string | undefined; body: string }[] = [];
  let hookUrl = '';
  const hooks = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ signature: req.headers['stripe-signature'] as string | undefined, body });
      try {
        Stripe.webhooks.constructEvent(body, req.headers['stripe-signature'] ?? '', secret);
        res.writeHead(200).end('ok');
      } catch {
        res.writeHead(400).end('bad signature');
      }
    });
  });
  beforeAll(async () => {
    await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise<void>((r) => hooks.close(() => r())));
  afterEach(() => {
    received = [];
  });

  it('builds Stripe events and signs them as Stripe does', async () => {
    const s = await stripe.checkout.sessions.create(params());
    const event = fake.event('checkout.session.completed', fake.pay(s.id));
    expect(event).toMatchObject({ object: 'event', type: 'checkout.session.completed', livemode: false });
    expect(event.id).toMatch(/^evt_/);
    const r = await fake.deliver(hookUrl, event, { secret });
    expect(r).toEqual({ status: 200, body: 'ok' });
    expect(received[0]?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const parsed = stripe.webhooks.constructEvent(received[0]?.body ?? '', received[0]?.signature ?? '', secret);
    expect(parsed.data.object).toMatchObject({ id: s.id, payment_status: 'paid' });
  });

  it('sends stale, wrong or no signatures when asked', async () => {
    const event = fake.event('charge.refunded', { id: 'ch_1', object: 'charge' });
    const stale = await fake.deliver(hookUrl, event, { secret, timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(stale.status).toBe(400);
    expect((await fake.deliver(hookUrl, event, { secret: 'whsec_other' })).status).toBe(400);
    expect((await fake.deliver(hookUrl, event, { secret, signature: null })).status).toBe(400);
    expect(received.at(-1)?.signature).toBeUndefined();
    expect(fake.sign('{}', secret, 1)).toBe(
      Stripe.webhooks.generateTestHeaderString({ payload: '{}', secret, timestamp: 1 }),
    );
  });
});
