import type { FakeCharge, FakeCheckoutSession, FakeRefund } from './api';
import type { FormObject } from './form';

export type StripeFakeEndpoint =
  | 'checkout.sessions.create'
  | 'checkout.sessions.retrieve'
  | 'checkout.sessions.expire'
  | 'refunds.create';

export interface StripeFakeRequest {
  method: string;
  path: string;
  /** null for a URL the fake does not know. */
  endpoint: StripeFakeEndpoint | null;
  params: FormObject;
  idempotencyKey: string | null;
  /** The answer's status; 'hang' when it was never answered; 0 while in progress. */
  status: number | 'hang';
  /** Answered from the idempotency store. */
  replayed: boolean;
}

export interface FailNextOptions {
  /** 500 (api_error) by default; 503, 429 (rate_limit), 402 (card_error) and others work too. */
  status?: number;
  /** Never answer: the client's timeout has to fire. */
  hang?: boolean;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface StripeFakeOptions {
  /** Accept only this key (default: any `sk_test_…`). */
  secretKey?: string;
  /** Stripe's minimum for expires_at is 30 minutes; tests may relax it. */
  minExpiresInSeconds?: number;
}

export interface DeliverOptions {
  secret: string;
  /** Unix seconds to sign with (default now); an old one makes a stale signature. */
  timestamp?: number;
  /** The Stripe-Signature header to send instead of the correct one; null sends none. */
  signature?: string | null;
}

export type StripeFakeEventType =
  | 'checkout.session.completed'
  | 'checkout.session.expired'
  | 'checkout.session.async_payment_succeeded'
  | 'checkout.session.async_payment_failed'
  | 'charge.refunded'
  | (string & {});

export interface StripeFakeEvent<T = unknown> {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: T };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: StripeFakeEventType;
}

export interface StripeFake {
  /** e.g. http://127.0.0.1:40123, for STRIPE_API_BASE. */
  url: string;
  host: string;
  port: number;
  requests: StripeFakeRequest[];
  sessions: Map<string, FakeCheckoutSession>;
  refunds: Map<string, FakeRefund>;
  pay(sessionId: string): FakeCheckoutSession;
  completeUnpaid(sessionId: string): FakeCheckoutSession;
  asyncSucceed(sessionId: string): FakeCheckoutSession;
  asyncFail(sessionId: string): FakeCheckoutSession;
  expire(sessionId: string): FakeCheckoutSession;
  /** The charge behind a paid session's payment intent (for charge.refunded events). */
  charge(paymentIntentId: string): FakeCharge;
  event<T>(type: StripeFakeEventType, object: T): StripeFakeEvent<T>;
  /** The Stripe-Signature header Stripe would send for this payload. */
  sign(payload: string, secret: string, timestamp?: number): string;
  deliver(url: string, event: StripeFakeEvent, options: DeliverOptions): Promise<{ status: number; body: string }>;
  failNext(endpoint: StripeFakeEndpoint | '*', options?: FailNextOptions): void;
  close(): Promise<void>;
}
