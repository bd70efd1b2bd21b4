import { type StripeFake, startStripeFake } from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CreateSessionInput,
  createStripeGateway,
  type PaymentGateway,
  PaymentProviderError,
  stripeExpiresAt,
  stripeHostConfig,
  WebhookSignatureError,
} from './index';

const SECRET_KEY = 'sk_test_gateway_4242';
const WEBHOOK_SECRET = 'whsec_gateway_test';
let fake: StripeFake;
let gateway: PaymentGateway;
let n = 0;

const input = (over: Partial<CreateSessionInput> = {}): CreateSessionInput => {
  n++;
  return {
    orderId: `ord_${n}`,
    userId: 'user_7',
    currency: 'eur',
    lines: [
      { name: 'Kettle', unitAmountCents: 3500, quantity: 1 },
      { name: 'Cup', unitAmountCents: 450, quantity: 4 },
    ],
    amountTotalCents: 5300,
    successUrl: 'http://shop.test/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    cancelUrl: 'http://shop.test/cart',
    expiresAt: new Date(Date.now() + 30 * 60_000),
    idempotencyKey: `checkout-ord_${n}`,
    ...over,
  };
};

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );

beforeAll(async () => {
  fake = await startStripeFake({ secretKey: SECRET_KEY });
  gateway = createStripeGateway({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, apiBase: fake.url });
});
afterAll(() => fake.close());

describe('stripeHostConfig', () => {
  it('splits a base URL for the SDK, with the default port of its protocol', () => {
    expect(stripeHostConfig('http://127.0.0.1:12111')).toEqual({ host: '127.0.0.1', port: 12111, protocol: 'http' });
    expect(stripeHostConfig('http://localhost')).toEqual({ host: 'localhost', port: 80, protocol: 'http' });
    expect(stripeHostConfig('https://[::1]/')).toEqual({ host: '::1', port: 443, protocol: 'https' });
    expect(() => stripeHostConfig('http://localhost:1/stripe')).toThrow(/no path/);
    expect(() => stripeHostConfig('ftp://localhost')).toThrow(/http/);
  });
});

describe('checkout sessions', () => {
  it('creates, retrieves and sees a payment', async () => {
    const created = await gateway.createCheckoutSession(input({ customerEmail: 'buyer@shop.test' }));
    expect(created).toMatchObject({
      status: 'open',
      paymentStatus: 'unpaid',
      amountTotalCents: 5300,
      currency: 'eur',
      orderId: `ord_${n}`,
      clientReferenceId: 'user_7',
      paymentIntentId: null,
    });
    expect(created.id).toMatch(/^cs_test_/);
    expect(created.url).toBe(`${fake.url}/pay/${created.id}`);
    const sent = fake.requests.at(-1);
    expect(sent?.idempotencyKey).toBe(`checkout-ord_${n}`);
    expect(sent?.params).toMatchObject({
      mode: 'payment',
      customer_email: 'buyer@shop.test',
      cancel_url: 'http://shop.test/cart',
      line_items: [
        { price_data: { currency: 'eur', unit_amount: '3500', product_data: { name: 'Kettle' } }, quantity: '1' },
        { price_data: { currency: 'eur', unit_amount: '450', product_data: { name: 'Cup' } }, quantity: '4' },
      ],
    });
    expect(created.expiresAt.getTime()).toBe(Number(sent?.params.expires_at) * 1000);

    expect(await gateway.retrieveCheckoutSession(created.id)).toEqual(created);
    fake.pay(created.id);
    const paid = await gateway.retrieveCheckoutSession(created.id);
    expect(paid).toMatchObject({ status: 'complete', paymentStatus: 'paid', url: null });
    expect(paid?.paymentIntentId).toMatch(/^pi_/);
  });

  it('makes one session for a retried create with the same idempotency key', async () => {
    const request = input();
    const before = fake.sessions.size;
    const a = await gateway.createCheckoutSession(request);
    const b = await gateway.createCheckoutSession(request);
    expect(b.id).toBe(a.id);
    expect(fake.sessions.size).toBe(before + 1);
    expect(fake.requests.filter((r) => r.idempotencyKey === request.idempotencyKey)).toHaveLength(2);
  });

  it('answers null for a session Stripe does not know', async () => {
    expect(await gateway.retrieveCheckoutSession('cs_test_unknown')).toBeNull();
  });

  it('expires an open session, and answers the state of one that is not open', async () => {
    const open = await gateway.createCheckoutSession(input());
    expect(await gateway.expireCheckoutSession(open.id)).toMatchObject({ id: open.id, status: 'expired' });
    expect(await gateway.expireCheckoutSession(open.id)).toMatchObject({ status: 'expired' });
    const paid = await gateway.createCheckoutSession(input());
    fake.pay(paid.id);
    expect(await gateway.expireCheckoutSession(paid.id)).toMatchObject({ status: 'complete', paymentStatus: 'paid' });
    const err = await rejection(gateway.expireCheckoutSession('cs_test_unknown'));
    expect(err).toMatchObject({ name: 'PaymentProviderError', retryable: false });
  });

  it('refuses bad input as a non-retryable error without Stripe text', async () => {
    const err = await rejection(
      gateway.createCheckoutSession(input({ lines: [{ name: 'Lamp', unitAmountCents: -1, quantity: 1 }] })),
    );
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({
      retryable: false,
      message: 'Stripe create session refused (400 parameter_invalid_integer)',
    });
  });

  it('never shows the secret key when Stripe refuses it', async () => {
    const wrong = createStripeGateway({ secretKey: 'sk_test_wrong_9999', webhookSecret: 'x', apiBase: fake.url });
    const err = (await rejection(wrong.retrieveCheckoutSession('cs_test_x'))) as PaymentProviderError;
    expect(err).toMatchObject({
      retryable: false,
      message: 'Stripe retrieve session refused (401 invalid_request_error)',
    });
    expect(JSON.stringify({ message: err.message, cause: err.cause })).not.toMatch(/sk_test|9999/);
  });
});

describe('refunds', () => {
  it('refunds in full, replays by key, and refuses an over-refund', async () => {
    const s = await gateway.createCheckoutSession(input());
    const pi = fake.pay(s.id).payment_intent as string;
    const refund = { sessionId: s.id, paymentIntentId: pi, amountCents: 5300, idempotencyKey: `refund-${s.id}` };
    const first = await gateway.refund(refund);
    expect(first).toMatchObject({ status: 'succeeded', amountCents: 5300 });
    expect(first.id).toMatch(/^re_/);
    expect((await gateway.refund(refund)).id).toBe(first.id);
    expect(fake.charge(pi)).toMatchObject({ refunded: true, amount_refunded: 5300 });
    const err = await rejection(gateway.refund({ ...refund, amountCents: 1, idempotencyKey: 'another' }));
    expect(err).toMatchObject({ name: 'PaymentProviderError', retryable: false });
  });

  it('refuses to refund more than was paid, and finds the payment intent from the session', async () => {
    const s = await gateway.createCheckoutSession(input());
    fake.pay(s.id);
    const over = await rejection(
      gateway.refund({ sessionId: s.id, paymentIntentId: null, amountCents: 5301, idempotencyKey: `over-${s.id}` }),
    );
    expect(over).toMatchObject({ retryable: false, message: 'Stripe refund refused (400 amount_too_large)' });
    const part = await gateway.refund({
      sessionId: s.id,
      paymentIntentId: null,
      amountCents: 300,
      idempotencyKey: `p-${s.id}`,
    });
    expect(part.amountCents).toBe(300);
  });
});

describe('provider failures', () => {
  it('a 500 is a retryable PaymentProviderError, and the retry with the same key succeeds', async () => {
    const request = input();
    fake.failNext('checkout.sessions.create', { status: 500 });
    const err = await rejection(gateway.createCheckoutSession(request));
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({ retryable: true, message: 'Stripe create session failed (500 api_error)' });
    expect((await gateway.createCheckoutSession(request)).status).toBe('open');
  });

  it('a 429 is retryable, a 402 is not', async () => {
    fake.failNext('checkout.sessions.retrieve', { status: 429 });
    expect(await rejection(gateway.retrieveCheckoutSession('cs_test_x'))).toMatchObject({ retryable: true });
    fake.failNext('refunds.create', { status: 402 });
    const refund = { sessionId: 'cs', paymentIntentId: 'pi_x', amountCents: 1, idempotencyKey: 'k402' };
    expect(await rejection(gateway.refund(refund))).toMatchObject({ retryable: false });
  });

  it('a hung request times out within timeoutMs as a retryable PaymentProviderError', async () => {
    const quick = createStripeGateway({
      secretKey: SECRET_KEY,
      webhookSecret: WEBHOOK_SECRET,
      apiBase: fake.url,
      timeoutMs: 500,
    });
    fake.failNext('checkout.sessions.create', { hang: true });
    const started = Date.now();
    const err = await rejection(quick.createCheckoutSession(input()));
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(PaymentProviderError);
    expect(err).toMatchObject({ retryable: true, message: 'Stripe create session: timed out' });
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1500);
  });

  it('an unreachable Stripe is a retryable PaymentProviderError', async () => {
    const other = await startStripeFake();
    const apiBase = other.url;
    await other.close();
    const down = createStripeGateway({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, apiBase });
    expect(await rejection(down.retrieveCheckoutSession('cs_test_x'))).toMatchObject({
      retryable: true,
      message: 'Stripe retrieve session: could not connect',
    });
  });
});

describe('webhooks', () => {
  const signed = (event: object, secret = WEBHOOK_SECRET, timestamp?: number) => {
    const body = JSON.stringify(event, null, 2);
    return { body, header: fake.sign(body, secret, timestamp) };
  };

  it('parses a signed checkout.session.completed into the session', async () => {
    const s = await gateway.createCheckoutSession(input());
    const event = fake.event('checkout.session.completed', fake.pay(s.id));
    const { body, header } = signed(event);
    const parsed = gateway.parseWebhook(body, header);
    expect(parsed).toMatchObject({
      id: event.id,
      type: 'checkout.session.completed',
      session: { id: s.id, status: 'complete', paymentStatus: 'paid', orderId: s.orderId, amountTotalCents: 5300 },
    });
    expect(parsed.session?.paymentIntentId).toMatch(/^pi_/);
  });

  it('parses charge.refunded into the refund, and other types into id and type', async () => {
    const s = await gateway.createCheckoutSession(input());
    const pi = fake.pay(s.id).payment_intent as string;
    await gateway.refund({ sessionId: s.id, paymentIntentId: pi, amountCents: 1000, idempotencyKey: `r-${s.id}` });
    const refunded = signed(fake.event('charge.refunded', fake.charge(pi)));
    expect(gateway.parseWebhook(refunded.body, refunded.header).refund).toEqual({
      paymentIntentId: pi,
      fullyRefunded: false,
      amountRefundedCents: 1000,
    });
    const other = fake.event('customer.created', { id: 'cus_1', object: 'customer' });
    const o = signed(other);
    expect(gateway.parseWebhook(o.body, o.header)).toEqual({ id: other.id, type: 'customer.created' });
  });

  it('refuses a wrong secret, a tampered body, a missing header and a stale signature', async () => {
    const s = await gateway.createCheckoutSession(input());
    const event = fake.event('checkout.session.completed', fake.pay(s.id));
    const good = signed(event);
    expect(gateway.parseWebhook(good.body, good.header).id).toBe(event.id);

    const wrong = signed(event, 'whsec_someone_else');
    expect(() => gateway.parseWebhook(wrong.body, wrong.header)).toThrow(WebhookSignatureError);
    const tampered = good.body.replace('"amount_total": 5300', '"amount_total": 1');
    expect(tampered).not.toBe(good.body);
    expect(() => gateway.parseWebhook(tampered, good.header)).toThrow(WebhookSignatureError);
    expect(() => gateway.parseWebhook(good.body, null)).toThrow(WebhookSignatureError);
    expect(() => gateway.parseWebhook(good.body, '')).toThrow(WebhookSignatureError);
    const stale = signed(event, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 301);
    expect(() => gateway.parseWebhook(stale.body, stale.header)).toThrow(WebhookSignatureError);
    const recent = signed(event, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 240);
    expect(gateway.parseWebhook(recent.body, recent.header).id).toBe(event.id);
  });
});

describe('stripeExpiresAt', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('is the end of the hold when that is far enough away', () => {
    expect(stripeExpiresAt(new Date(now + 2 * 3600_000), now)).toBe((now + 2 * 3600_000) / 1000);
  });
  it('never asks Stripe for less than its 30-minute minimum plus a minute of margin', () => {
    expect(stripeExpiresAt(new Date(now + 30 * 60_000), now)).toBe(now / 1000 + 31 * 60);
    expect(stripeExpiresAt(new Date(now + 60_000), now)).toBe(now / 1000 + 31 * 60);
  });
});
