/**
 * The one small interface checkout talks to. Stripe and the offline simulator
 * implement it; both speak Stripe's words for a session's state, so the
 * finalize and release code never knows which one answered.
 */

export type SessionStatus = 'open' | 'complete' | 'expired';
export type SessionPaymentStatus = 'paid' | 'unpaid' | 'no_payment_required';

export interface CheckoutLine {
  name: string;
  unitAmountCents: number;
  quantity: number;
}

export interface CreateSessionInput {
  orderId: string;
  userId: string;
  customerEmail?: string;
  /** Lower-case ISO 4217. */
  currency: string;
  lines: CheckoutLine[];
  amountTotalCents: number;
  successUrl: string;
  cancelUrl: string;
  /** The end of the stock hold; the provider expires the session then. */
  expiresAt: Date;
  /** Derived from the order, so a retried create makes no second session. */
  idempotencyKey: string;
}

export interface ProviderSession {
  id: string;
  /** Where the buyer pays (Stripe's hosted page, or the simulator's). */
  url: string | null;
  status: SessionStatus;
  paymentStatus: SessionPaymentStatus;
  amountTotalCents: number | null;
  currency: string | null;
  /** metadata.orderId as we set it at creation. */
  orderId: string | null;
  /** client_reference_id as we set it at creation (the buyer's user id). */
  clientReferenceId: string | null;
  paymentIntentId: string | null;
  expiresAt: Date;
}

export interface RefundInput {
  sessionId: string;
  paymentIntentId: string | null;
  amountCents: number;
  idempotencyKey: string;
}

export interface ProviderRefund {
  id: string;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled' | 'requires_action';
  amountCents: number;
}

/** A verified webhook event, reduced to what checkout acts on. */
export interface PaymentEvent {
  id: string;
  type: string;
  /** For checkout.session.* events. */
  session?: ProviderSession;
  /** For charge.refunded: the payment intent whose charge was refunded, and whether fully. */
  refund?: { paymentIntentId: string; fullyRefunded: boolean; amountRefundedCents: number };
}

export interface PaymentGateway {
  readonly provider: 'stripe' | 'simulator';
  createCheckoutSession(input: CreateSessionInput): Promise<ProviderSession>;
  /** null when the provider does not know the id. */
  retrieveCheckoutSession(sessionId: string): Promise<ProviderSession | null>;
  /** Expires an open session (a no-op answer for one already complete or expired). */
  expireCheckoutSession(sessionId: string): Promise<ProviderSession>;
  refund(input: RefundInput): Promise<ProviderRefund>;
  /** Verifies the signature over the raw body and parses the event; throws WebhookSignatureError. */
  parseWebhook(rawBody: string, signatureHeader: string | null): PaymentEvent;
}

/** The provider could not be reached, timed out or refused the call: checkout answers 502. */
export class PaymentProviderError extends Error {
  override readonly name = 'PaymentProviderError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A webhook whose signature is missing, wrong or too old: answered 400, never acted on. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
}
