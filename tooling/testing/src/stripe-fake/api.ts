import { randomBytes } from 'node:crypto';
import type { FormObject, FormValue } from './form';
import type { FakeCheckoutSession, FakeRefund, FakeState } from './model';

export type { FakeCharge, FakeCheckoutSession, FakeRefund, FakeState } from './model';

/** A Stripe error answer: `{ error: { type, message, code?, param? } }` with its HTTP status. */
export class StripeFakeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
    /** Parameter validation errors are not kept for an idempotency key (as Stripe). */
    readonly validation = false,
  ) {
    super(message);
  }
  toJSON() {
    return { error: { type: this.type, message: this.message, code: this.code, param: this.param } };
  }
}

const invalid = (message: string, param?: string, code = 'parameter_invalid_empty') =>
  new StripeFakeError(400, 'invalid_request_error', message, code, param, true);
const missing = (param: string) =>
  new StripeFakeError(
    400,
    'invalid_request_error',
    `Missing required param: ${param}.`,
    'parameter_missing',
    param,
    true,
  );
export const noSuch = (object: string, id: string, param: string) =>
  new StripeFakeError(404, 'invalid_request_error', `No such ${object}: '${id}'`, 'resource_missing', param);

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const newId = (prefix: string, length = 24) =>
  prefix + Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
export const nowSeconds = () => Math.floor(Date.now() / 1000);

const str = (v: FormValue | undefined, param: string): string | undefined => {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw invalid(`Invalid string: ${JSON.stringify(v)}`, param, 'parameter_invalid_string');
  return v;
};
const int = (v: FormValue | undefined, param: string, min = 0): number | undefined => {
  const s = str(v, param);
  if (s === undefined) return undefined;
  if (!/^-?\d+$/.test(s)) throw invalid(`Invalid integer: ${s}`, param, 'parameter_invalid_integer');
  const n = Number(s);
  if (n < min) throw invalid(`This value must be greater than or equal to ${min}.`, param, 'parameter_invalid_integer');
  return n;
};
const obj = (v: FormValue | undefined, param: string): FormObject => {
  if (v === undefined || v === '') return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalid(`Invalid object`, param, 'parameter_invalid_object');
  return v;
};

function metadataOf(v: FormValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v, 'metadata'))) {
    if (typeof val !== 'string') throw invalid('Invalid metadata value', `metadata[${k}]`);
    if (k.length > 40) throw invalid('Metadata keys can have up to 40 characters.', `metadata[${k}]`);
    if (val.length > 500) throw invalid('Metadata values can have up to 500 characters.', `metadata[${k}]`);
    if (val !== '') out[k] = val;
  }
  if (Object.keys(out).length > 50) throw invalid('Metadata can have up to 50 keys.', 'metadata');
  return out;
}

export interface CreateOptions {
  baseUrl: string;
  minExpiresInSeconds: number;
}

export function createSession(state: FakeState, p: FormObject, opts: CreateOptions): FakeCheckoutSession {
  const mode = str(p.mode, 'mode');
  if (!mode) throw missing('mode');
  if (mode !== 'payment') throw invalid(`The fake supports mode=payment only, got ${mode}.`, 'mode');
  if (!Array.isArray(p.line_items) || p.line_items.length === 0) throw missing('line_items');
  let currency: string | undefined;
  let total = 0;
  p.line_items.forEach((raw, i) => {
    const at = `line_items[${i}]`;
    const item = obj(raw, at);
    if (str(item.price as FormValue, `${at}[price]`))
      throw invalid('The fake supports price_data only.', `${at}[price]`);
    if (item.price_data === undefined) throw missing(`${at}[price_data]`);
    const pd = obj(item.price_data, `${at}[price_data]`);
    const cur = str(pd.currency, `${at}[price_data][currency]`);
    if (!cur) throw missing(`${at}[price_data][currency]`);
    const unit = int(pd.unit_amount, `${at}[price_data][unit_amount]`);
    if (unit === undefined) throw missing(`${at}[price_data][unit_amount]`);
    if (!str(obj(pd.product_data, `${at}[price_data][product_data]`).name, `${at}[price_data][product_data][name]`))
      throw missing(`${at}[price_data][product_data][name]`);
    const quantity = int(item.quantity, `${at}[quantity]`, 1);
    if (quantity === undefined) throw missing(`${at}[quantity]`);
    if (currency && cur.toLowerCase() !== currency)
      throw invalid('All line items must have the same currency.', `${at}[price_data][currency]`);
    currency = cur.toLowerCase();
    total += unit * quantity;
  });
  const successUrl = str(p.success_url, 'success_url');
  if (!successUrl) throw missing('success_url');
  const created = nowSeconds();
  const expiresAt = int(p.expires_at, 'expires_at') ?? created + 24 * 3600;
  if (expiresAt - created < opts.minExpiresInSeconds)
    throw invalid(
      `The \`expires_at\` timestamp must be at least ${opts.minExpiresInSeconds / 60} minutes from Checkout Session creation.`,
      'expires_at',
      'parameter_invalid_integer',
    );
  if (expiresAt - created > 24 * 3600)
    throw invalid(
      'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
      'expires_at',
      'parameter_invalid_integer',
    );
  const id = newId('cs_test_', 58);
  const session: FakeCheckoutSession = {
    id,
    object: 'checkout.session',
    mode: 'payment',
    status: 'open',
    payment_status: 'unpaid',
    amount_subtotal: total,
    amount_total: total,
    currency: currency as string,
    metadata: metadataOf(p.metadata),
    client_reference_id: str(p.client_reference_id, 'client_reference_id') ?? null,
    customer: null,
    customer_email: str(p.customer_email, 'customer_email') ?? null,
    success_url: successUrl,
    cancel_url: str(p.cancel_url, 'cancel_url') ?? null,
    url: `${opts.baseUrl}/pay/${id}`,
    expires_at: expiresAt,
    created,
    livemode: false,
    payment_intent: null,
    payment_method_types: ['card'],
    ui_mode: 'hosted',
  };
  state.sessions.set(id, session);
  return session;
}

/** The session as Stripe shows it now: an open session past expires_at reads as expired. */
export function getSession(state: FakeState, id: string): FakeCheckoutSession {
  const s = state.sessions.get(id);
  if (!s) throw noSuch('checkout.session', id, 'session');
  if (s.status === 'open' && nowSeconds() >= s.expires_at) expireSession(s);
  return s;
}

export function expireSession(s: FakeCheckoutSession): FakeCheckoutSession {
  if (s.status !== 'open')
    throw new StripeFakeError(
      400,
      'invalid_request_error',
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${s.status}\`.`,
    );
  s.status = 'expired';
  s.url = null;
  return s;
}

/** Completes an open session; `paid` false is a delayed payment method still processing. */
export function completeSession(state: FakeState, id: string, paid: boolean): FakeCheckoutSession {
  const s = getSession(state, id);
  if (s.status !== 'open') throw new Error(`stripe-fake: session ${id} is ${s.status}, not open`);
  s.status = 'complete';
  s.payment_status = paid ? 'paid' : 'unpaid';
  s.url = null;
  s.payment_intent = newId('pi_');
  state.charges.set(s.payment_intent, {
    id: newId('ch_'),
    object: 'charge',
    amount: s.amount_total,
    amount_captured: paid ? s.amount_total : 0,
    amount_refunded: 0,
    currency: s.currency,
    created: nowSeconds(),
    livemode: false,
    metadata: {},
    paid,
    payment_intent: s.payment_intent,
    refunded: false,
    status: paid ? 'succeeded' : 'pending',
  });
  return s;
}

/** Settles a delayed payment of a complete, unpaid session. */
export function settleAsync(state: FakeState, id: string, succeeded: boolean): FakeCheckoutSession {
  const s = getSession(state, id);
  const charge = s.payment_intent ? state.charges.get(s.payment_intent) : undefined;
  if (s.status !== 'complete' || s.payment_status !== 'unpaid' || charge?.status !== 'pending')
    throw new Error(`stripe-fake: session ${id} has no pending delayed payment`);
  charge.status = succeeded ? 'succeeded' : 'failed';
  charge.paid = succeeded;
  charge.amount_captured = succeeded ? charge.amount : 0;
  if (succeeded) s.payment_status = 'paid';
  return s;
}

export function createRefund(state: FakeState, p: FormObject): FakeRefund {
  const pi = str(p.payment_intent, 'payment_intent');
  const chargeId = str(p.charge, 'charge');
  if (!pi && !chargeId) throw missing('payment_intent');
  const charge = pi ? state.charges.get(pi) : [...state.charges.values()].find((c) => c.id === chargeId);
  if (!charge)
    throw pi ? noSuch('payment_intent', pi, 'payment_intent') : noSuch('charge', chargeId as string, 'charge');
  if (charge.status !== 'succeeded')
    throw new StripeFakeError(
      400,
      'invalid_request_error',
      `This PaymentIntent (${charge.payment_intent}) does not have a successful charge to refund.`,
      'charge_not_refundable',
    );
  if (charge.refunded)
    throw new StripeFakeError(
      400,
      'invalid_request_error',
      `Charge ${charge.id} has already been refunded.`,
      'charge_already_refunded',
    );
  const left = charge.amount - charge.amount_refunded;
  const amount = int(p.amount, 'amount', 1) ?? left;
  if (amount > left)
    throw new StripeFakeError(
      400,
      'invalid_request_error',
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
      'amount_too_large',
      'amount',
    );
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const refund: FakeRefund = {
    id: newId('re_'),
    object: 'refund',
    amount,
    charge: charge.id,
    currency: charge.currency,
    created: nowSeconds(),
    metadata: metadataOf(p.metadata),
    payment_intent: charge.payment_intent,
    reason: str(p.reason, 'reason') ?? null,
    status: 'succeeded',
  };
  state.refunds.set(refund.id, refund);
  return refund;
}
