import Stripe from 'stripe';
import {
  type CreateSessionInput,
  type PaymentEvent,
  type PaymentGateway,
  PaymentProviderError,
  type ProviderRefund,
  type ProviderSession,
  type RefundInput,
  type SessionPaymentStatus,
  type SessionStatus,
  WebhookSignatureError,
} from './gateway';
import { webhookCharge, webhookObject, webhookSession } from './stripe-event';

export interface StripeGatewayOptions {
  secretKey: string;
  webhookSecret: string;
  /** Another Stripe-compatible base URL, e.g. http://127.0.0.1:12111 (stripe-mock or the test fake). */
  apiBase?: string;
  /** The SDK's socket idle timeout per request (default 10 s). */
  timeoutMs?: number;
  /** The SDK's own retries of connection errors, 409 and 5xx (default 0: checkout answers 502 and the client retries). */
  maxNetworkRetries?: number;
}

/** How far a webhook's signature timestamp may lag behind now. */
const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Stripe's SDK takes host, port and protocol apart. Its default port is 443
 * whatever the protocol, so an http URL without a port gets 80 here; its base
 * path is fixed at /v1/, so a URL with a path is refused rather than ignored.
 */
export function stripeHostConfig(apiBase: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const url = new URL(apiBase);
  const protocol = url.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') throw new Error(`STRIPE_API_BASE must be http(s): ${apiBase}`);
  if (url.pathname !== '/' || url.search)
    throw new Error(`STRIPE_API_BASE takes no path (the SDK adds /v1/): ${apiBase}`);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443,
    protocol,
  };
}

// Stripe's enums are open: a value we do not know reads as the one that acts on nothing
// (open, unpaid), so it never finalizes or releases an order.
const knownStatus = (v: string | null): SessionStatus =>
  v === 'complete' || v === 'expired' || v === 'open' ? v : 'open';
const knownPaymentStatus = (v: string): SessionPaymentStatus =>
  v === 'paid' || v === 'no_payment_required' || v === 'unpaid' ? v : 'unpaid';

const refundStatuses: readonly string[] = ['pending', 'succeeded', 'failed', 'canceled', 'requires_action'];
const knownRefundStatus = (v: string | null): ProviderRefund['status'] =>
  v && refundStatuses.includes(v) ? (v as ProviderRefund['status']) : 'pending';

export function toProviderSession(s: Stripe.Checkout.Session): ProviderSession {
  const pi = s.payment_intent;
  return {
    id: s.id,
    url: s.url ?? null,
    status: knownStatus(s.status),
    paymentStatus: knownPaymentStatus(s.payment_status),
    amountTotalCents: s.amount_total ?? null,
    currency: s.currency ?? null,
    orderId: s.metadata?.orderId ?? null,
    clientReferenceId: s.client_reference_id ?? null,
    paymentIntentId: typeof pi === 'string' ? pi : (pi?.id ?? null),
    expiresAt: new Date(s.expires_at * 1000),
  };
}

const isStripeError = (e: unknown): e is Stripe.errors.StripeError => e instanceof Stripe.errors.StripeError;

/**
 * A PaymentProviderError with a short message of our own: Stripe's messages can
 * quote the (masked) key or the request, so only the type, code and status go out;
 * the cause carries the same plus Stripe's request id, for logs.
 */
export function toProviderError(e: unknown, operation: string): PaymentProviderError {
  if (e instanceof PaymentProviderError) return e;
  // Not the SDK's error (our own mapping failed on an odd answer): keep it whole for the logs.
  if (!isStripeError(e)) return new PaymentProviderError(`Stripe ${operation} failed`, false, { cause: e });
  const status = e.statusCode;
  const cause = {
    operation,
    type: e.type,
    code: e.code ?? null,
    statusCode: status ?? null,
    requestId: e.requestId ?? null,
  };
  if (e instanceof Stripe.errors.StripeConnectionError) {
    const timedOut = /timeout/i.test(e.message);
    return new PaymentProviderError(`Stripe ${operation}: ${timedOut ? 'timed out' : 'could not connect'}`, true, {
      cause,
    });
  }
  // No status: an answer that was not Stripe's JSON (a proxy page, a cut body).
  const retryable = status === undefined || status >= 500 || status === 429 || status === 409;
  const detail = [status, e.code ?? e.rawType].filter((x) => x !== undefined && x !== null).join(' ');
  return new PaymentProviderError(
    `Stripe ${operation} ${retryable ? 'failed' : 'refused'}${detail ? ` (${detail})` : ''}`,
    retryable,
    {
      cause,
    },
  );
}

export function createStripeGateway(options: StripeGatewayOptions): PaymentGateway {
  const stripe = new Stripe(options.secretKey, {
    ...(options.apiBase ? stripeHostConfig(options.apiBase) : {}),
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
    timeout: options.timeoutMs ?? 10_000,
    telemetry: false,
  });
  const { webhookSecret } = options;

  async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toProviderError(e, operation);
    }
  }

  async function retrieve(sessionId: string): Promise<ProviderSession | null> {
    try {
      return toProviderSession(await stripe.checkout.sessions.retrieve(sessionId));
    } catch (e) {
      if (isStripeError(e) && e.statusCode === 404 && e.code === 'resource_missing') return null;
      throw toProviderError(e, 'retrieve session');
    }
  }

  return {
    provider: 'stripe',

    createCheckoutSession: (input: CreateSessionInput) =>
      call('create session', async () => {
        const session = await stripe.checkout.sessions.create(
          {
            mode: 'payment',
            line_items: input.lines.map((line) => ({
              price_data: {
                currency: input.currency,
                unit_amount: line.unitAmountCents,
                product_data: { name: line.name },
              },
              quantity: line.quantity,
            })),
            metadata: { orderId: input.orderId },
            client_reference_id: input.userId,
            expires_at: stripeExpiresAt(input.expiresAt, Date.now()),
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
          },
          { idempotencyKey: input.idempotencyKey },
        );
        return toProviderSession(session);
      }),

    retrieveCheckoutSession: retrieve,

    async expireCheckoutSession(sessionId: string) {
      try {
        return toProviderSession(await stripe.checkout.sessions.expire(sessionId));
      } catch (e) {
        // Stripe answers 400 for a session that is no longer open: its state is the answer.
        if (isStripeError(e) && e.statusCode === 400 && e.rawType === 'invalid_request_error') {
          const current = await retrieve(sessionId);
          if (current && current.status !== 'open') return current;
        }
        throw toProviderError(e, 'expire session');
      }
    },

    async refund(input: RefundInput): Promise<ProviderRefund> {
      const paymentIntentId = input.paymentIntentId ?? (await retrieve(input.sessionId))?.paymentIntentId;
      if (!paymentIntentId) throw new PaymentProviderError('Stripe refund refused (no payment on the session)', false);
      return call('refund', async () => {
        const refund = await stripe.refunds.create(
          { payment_intent: paymentIntentId, amount: input.amountCents },
          { idempotencyKey: input.idempotencyKey },
        );
        return { id: refund.id, status: knownRefundStatus(refund.status), amountCents: refund.amount };
      });
    },

    parseWebhook(rawBody: string, signatureHeader: string | null): PaymentEvent {
      if (!signatureHeader) throw new WebhookSignatureError('Missing Stripe-Signature header');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signatureHeader, webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
      } catch (e) {
        throw new WebhookSignatureError(
          e instanceof Stripe.errors.StripeSignatureVerificationError
            ? 'Webhook signature verification failed'
            : 'Webhook payload is not a Stripe event',
        );
      }
      if (!event || typeof event.id !== 'string' || typeof event.type !== 'string')
        throw new WebhookSignatureError('Webhook payload is not a Stripe event');
      if (event.id.length > 255 || event.id.includes('\u0000'))
        throw new WebhookSignatureError('Webhook event id is not a Stripe event id');
      if (event.type.startsWith('checkout.session.')) {
        const session = webhookObject(event, webhookSession);
        if (!session) throw new WebhookSignatureError('Webhook event has no well-formed checkout session');
        return {
          id: event.id,
          type: event.type,
          session: toProviderSession(session as unknown as Stripe.Checkout.Session),
        }; // every field it reads is checked
      }
      if (event.type === 'charge.refunded') {
        const charge = webhookObject(event, webhookCharge);
        if (!charge) throw new WebhookSignatureError('Webhook event has no well-formed charge');
        const pi = charge.payment_intent;
        const paymentIntentId = typeof pi === 'string' ? pi : (pi?.id ?? null);
        if (paymentIntentId)
          return {
            id: event.id,
            type: event.type,
            refund: { paymentIntentId, fullyRefunded: charge.refunded, amountRefundedCents: charge.amount_refunded },
          };
      }
      return { id: event.id, type: event.type };
    },
  };
}

/** Stripe refuses an expiry under 30 minutes away, measured by its own clock when the request lands. */
const STRIPE_MIN_EXPIRY_S = 30 * 60;
const CLOCK_MARGIN_S = 60;

/**
 * The session's expires_at: the end of the stock hold, but never closer than
 * Stripe's minimum plus a margin for latency and clock skew. A session that
 * outlives its hold by that margin is harmless: the sweeper expires it at
 * Stripe before it releases the stock, and a payment in between finalizes.
 */
export function stripeExpiresAt(holdEnd: Date, nowMs: number): number {
  return Math.max(Math.ceil(holdEnd.getTime() / 1000), Math.ceil(nowMs / 1000) + STRIPE_MIN_EXPIRY_S + CLOCK_MARGIN_S);
}
