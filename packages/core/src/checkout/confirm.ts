import { orders } from '@mercato/db';
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps';
import { loadOrder, type Order } from '../orders/order';
import { type ReleasedStatus, releaseHold } from '../orders/release';
import {
  PaymentProviderError,
  type ProviderSession,
  type SessionPaymentStatus,
  type SessionStatus,
} from '../payments/gateway';
import { AppError, notFound } from '../shared/errors';
import { finalizePaidSession } from './finalize';

export interface SessionState {
  sessionId: string;
  status: SessionStatus;
  paymentStatus: SessionPaymentStatus;
  amountTotalCents: number;
  currency: string;
  orderId: string;
}

/** The buyer's own order for a session; anyone else's (or an unknown one) is 404. */
async function ownOrderOfSession(deps: Deps, userId: string, sessionId: string) {
  const [row] = await deps.db.select().from(orders).where(eq(orders.paymentSessionId, sessionId));
  if (!row || row.userId !== userId) throw notFound('Checkout session');
  return row;
}

async function askProvider(deps: Deps, sessionId: string): Promise<ProviderSession> {
  try {
    const session = await deps.payments.retrieveCheckoutSession(sessionId);
    if (!session) throw new AppError('BAD_GATEWAY', 'The payment provider does not know this session');
    return session;
  } catch (err) {
    if (err instanceof PaymentProviderError) {
      throw new AppError('BAD_GATEWAY', 'The payment provider is unavailable; try again shortly');
    }
    throw err;
  }
}

/** What a buyer is told when they confirm a checkout that has ended without payment. */
const ENDED: Record<ReleasedStatus, string> = {
  payment_failed: 'The payment failed; start a new checkout',
  expired: 'The checkout session expired before it was paid; start a new checkout',
  cancelled: 'This checkout was cancelled (a newer checkout or an admin replaced it); start a new checkout',
};
const isEnded = (status: string): status is ReleasedStatus => Object.hasOwn(ENDED, status);

/**
 * Confirms a payment by asking the provider (never by trusting the caller):
 * a paid session finalizes its order (or finds it finalized), an expired one
 * releases the hold (409), an open one answers 402; an order that already
 * ended says how (failed, expired or cancelled).
 */
export async function confirmPayment(deps: Deps, userId: string, sessionId: string): Promise<Order> {
  const row = await ownOrderOfSession(deps, userId, sessionId);
  if (row.paymentStatus === 'paid' || row.paymentStatus === 'refunded') return loadOrder(deps.db, row.id);
  const session = await askProvider(deps, sessionId);
  if (session.status === 'complete' && session.paymentStatus !== 'unpaid') {
    const { outcome } = await deps.uow((tx, enqueue) =>
      finalizePaidSession(tx, enqueue, session, { now: deps.now(), log: deps.log }),
    );
    if (outcome === 'mismatch')
      throw new AppError('CONFLICT', 'The payment does not match the order; support has been alerted');
    return loadOrder(deps.db, row.id);
  }
  let status = row.status;
  if (session.status === 'expired' && status === 'pending_payment') {
    const released = await deps.uow((tx) => releaseHold(tx, row.id, 'expired', deps.now()));
    // Not released: a payment event moved the order meanwhile; answer from where it is now.
    if (released) status = 'expired';
    else {
      const now = await loadOrder(deps.db, row.id);
      if (now.status !== 'pending_payment' && !isEnded(now.status)) return now;
      status = now.status;
    }
  }
  // The order's own state says why it ended (a failed payment also expires its session, at the simulator).
  if (isEnded(status)) throw new AppError('CONFLICT', ENDED[status]);
  if (session.status === 'expired') throw new AppError('CONFLICT', ENDED.expired);
  throw new AppError(
    'PAYMENT_REQUIRED',
    session.status === 'complete' ? 'The payment is still being processed' : 'The checkout session is not paid yet',
  );
}

/** The session's state as the provider reports it, for the buyer who owns it. */
export async function sessionState(deps: Deps, userId: string, sessionId: string): Promise<SessionState> {
  const row = await ownOrderOfSession(deps, userId, sessionId);
  const session = await askProvider(deps, sessionId);
  return {
    sessionId,
    status: session.status,
    paymentStatus: session.paymentStatus,
    amountTotalCents: session.amountTotalCents ?? row.totalCents,
    currency: session.currency ?? row.currency,
    orderId: row.id,
  };
}
