import { orders } from '@mercato/db';
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps';
import { loadOrder, type Order } from '../orders/order';
import { releaseHold } from '../orders/release';
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

/**
 * Confirms a payment by asking the provider (never by trusting the caller):
 * a paid session finalizes its order (or finds it finalized), an expired one
 * releases the hold (409), an open one answers 402.
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
  if (session.status === 'expired') {
    await deps.uow((tx) => releaseHold(tx, row.id, 'expired', deps.now()));
    throw new AppError('CONFLICT', 'The checkout session expired before it was paid; start a new checkout');
  }
  if (row.status !== 'pending_payment') {
    throw new AppError('CONFLICT', `The order is ${row.status.replace('_', ' ')}; start a new checkout`);
  }
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
