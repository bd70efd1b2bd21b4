import { type OrderAddress, orders, type Tx } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import type { Deps } from '../deps';
import { releaseHold } from '../orders/release';
import { PaymentProviderError, type ProviderSession } from '../payments/gateway';
import { AppError } from '../shared/errors';
import { lockBuyer, type OpenedOrder, openOrder } from './open-order';

export interface CreateSessionInput {
  userId: string;
  customerEmail?: string;
  successUrl: string;
  cancelUrl: string;
  address: OrderAddress;
  clientIp: string | null;
}

export interface CheckoutSession {
  sessionId: string;
  url: string;
  orderId: string;
  amountTotalCents: number;
  currency: string;
  expiresAt: string;
}

/**
 * One cart, one hold: locks the buyer and gives back the units of their open
 * checkout, if any. Answers that checkout's provider session, to expire.
 */
async function replaceOpenCheckout(tx: Tx, userId: string, now: Date): Promise<string | null> {
  await lockBuyer(tx, userId);
  const [previous] = await tx
    .select({ id: orders.id, sessionId: orders.paymentSessionId })
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.status, 'pending_payment')));
  if (!previous) return null;
  await releaseHold(tx, previous.id, 'cancelled', now);
  return previous.sessionId;
}

/** The key a provider sees for an order's session: a retried create answers the same session. */
export const sessionIdempotencyKey = (orderId: string) => `mercato-checkout-${orderId}`;

const badGateway = (err: unknown) =>
  new AppError(
    'BAD_GATEWAY',
    err instanceof PaymentProviderError && !err.retryable
      ? 'The payment provider refused the checkout; nothing was charged and no stock is held'
      : 'The payment provider is unavailable; nothing was charged and no stock is held. Try again shortly',
  );

/**
 * Starts a checkout. In one transaction: the buyer is locked (one cart, one
 * hold), an earlier open checkout is given back, the cart is checked and its
 * stock held, and a pending_payment order records the snapshot. The provider
 * is called after the commit (no network inside a transaction); if it fails,
 * the hold is released and the order cancelled, so an outage never keeps
 * stock, and the answer is a 502.
 */
export async function createCheckoutSession(deps: Deps, input: CreateSessionInput): Promise<CheckoutSession> {
  const now = deps.now();
  const { order, replaced } = await deps.uow(async (tx) => {
    const replaced = await replaceOpenCheckout(tx, input.userId, now);
    const opened = await openOrder(
      tx,
      { userId: input.userId, address: input.address, clientIp: input.clientIp, currency: deps.config.currency },
      deps.config.checkout,
      now,
    );
    return { order: opened, replaced };
  });
  // The replaced checkout's page must not take a payment any more; if it already did, finalize handles it.
  if (replaced) await expireQuietly(deps, replaced);

  let session: ProviderSession;
  try {
    session = await deps.payments.createCheckoutSession({
      orderId: order.id,
      userId: input.userId,
      customerEmail: input.customerEmail,
      currency: order.currency,
      lines: order.lines.map((l) => ({ name: l.name, unitAmountCents: l.unitPriceCents, quantity: l.quantity })),
      amountTotalCents: order.totalCents,
      successUrl: input.successUrl,
      cancelUrl: input.cancelUrl,
      expiresAt: order.holdExpiresAt,
      idempotencyKey: sessionIdempotencyKey(order.id),
    });
  } catch (err) {
    await deps.uow((tx) => releaseHold(tx, order.id, 'cancelled', deps.now()));
    deps.log('error', 'payment provider failed to create a checkout session; hold released', {
      orderId: order.id,
      err: err instanceof Error ? err.message : String(err),
    });
    throw badGateway(err);
  }
  await attachSession(deps, order, session);
  return {
    sessionId: session.id,
    url: session.url ?? '',
    orderId: order.id,
    amountTotalCents: order.totalCents,
    currency: order.currency,
    expiresAt: order.holdExpiresAt.toISOString(),
  };
}

/** Records the provider's session on the order; if the hold ended meanwhile, the session is expired too. */
async function attachSession(deps: Deps, order: OpenedOrder, session: ProviderSession): Promise<void> {
  const [attached] = await deps.db
    .update(orders)
    .set({ paymentProvider: deps.payments.provider, paymentSessionId: session.id, updatedAt: deps.now() })
    .where(and(eq(orders.id, order.id), eq(orders.status, 'pending_payment')))
    .returning({ id: orders.id });
  if (attached) return;
  await expireQuietly(deps, session.id);
  throw new AppError('CONFLICT', 'The checkout was replaced or expired while it was being created');
}

async function expireQuietly(deps: Deps, sessionId: string): Promise<void> {
  await deps.payments.expireCheckoutSession(sessionId).catch((err: unknown) => {
    // The sweeper and the provider's own expiry still close it; a late payment is refunded or honoured.
    deps.log('warn', 'could not expire a replaced checkout session', {
      sessionId,
      err: err instanceof Error ? err.message : String(err),
    });
  });
}

/** The legacy POST /orders: the same order and hold as a checkout, without a payment session. */
export async function createOrderFromCart(
  deps: Deps,
  input: { userId: string; address: OrderAddress; clientIp: string | null },
): Promise<string> {
  const now = deps.now();
  return deps.uow(async (tx) => {
    await replaceOpenCheckout(tx, input.userId, now);
    const opened = await openOrder(tx, { ...input, currency: deps.config.currency }, deps.config.checkout, now);
    return opened.id;
  });
}
