import { type OrderRow, orders, type Tx } from '@mercato/db';
import { and, eq, inArray } from 'drizzle-orm';
import { countSold, returnStock } from '../catalog/stock';
import type { Deps } from '../deps';
import { recordEvent } from '../payments/events';
import { type PaymentEvent, PaymentProviderError } from '../payments/gateway';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import type { Enqueue } from '../shared/job';
import { orderNoticeJob } from './jobs';
import { linesOf, loadOrder, lockOrder, type Order, SOLD_STATUSES } from './order';

export const refundIdempotencyKey = (orderId: string) => `mercato-refund-${orderId}`;

/**
 * Marks a paid order refunded in the caller's transaction, once: its units
 * go back to stock and leave the sold count, and the refund notice is
 * enqueued. An order paid after its hold was released holds no units: only
 * its payment is marked refunded.
 */
async function markRefunded(tx: Tx, enqueue: Enqueue, order: OrderRow, now: Date): Promise<boolean> {
  const wasSold = (SOLD_STATUSES as readonly string[]).includes(order.status);
  const [moved] = await tx
    .update(orders)
    .set({ status: 'refunded', paymentStatus: 'refunded', updatedAt: now })
    .where(and(eq(orders.id, order.id), eq(orders.paymentStatus, 'paid')))
    .returning({ id: orders.id });
  if (!moved) return false;
  if (wasSold) {
    const lines = (await linesOf(tx, [order.id])).get(order.id) ?? [];
    await returnStock(tx, lines, now);
    await countSold(tx, lines, -1);
  }
  await enqueue(orderNoticeJob, { orderId: order.id, kind: 'refund' });
  return true;
}

async function refundAtProvider(deps: Deps, order: OrderRow): Promise<void> {
  if (!order.paymentSessionId) throw new AppError('CONFLICT', 'The order has no payment to refund');
  try {
    await deps.payments.refund({
      sessionId: order.paymentSessionId,
      paymentIntentId: order.paymentIntentId,
      amountCents: order.totalCents,
      idempotencyKey: refundIdempotencyKey(order.id),
    });
  } catch (err) {
    if (err instanceof PaymentProviderError) {
      deps.log('error', 'refund failed at the payment provider', { orderId: order.id, err: err.message });
      throw new AppError('BAD_GATEWAY', 'The payment provider did not take the refund; nothing changed. Try again');
    }
    throw err;
  }
}

/**
 * An admin's refund of a paid (or shipped, or delivered) order. The provider
 * refunds first, under a key derived from the order, so a retry after a
 * failure never pays back twice; then the order is marked refunded.
 */
export async function refundOrder(deps: Deps, orderId: string): Promise<Order> {
  if (!isId(orderId)) throw notFound('Order');
  const [order] = await deps.db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw notFound('Order');
  if (order.paymentStatus === 'refunded') return loadOrder(deps.db, orderId);
  if (order.paymentStatus !== 'paid')
    throw new AppError('CONFLICT', `A ${order.status.replace('_', ' ')} order has no payment to refund`);
  await refundAtProvider(deps, order);
  await deps.uow(async (tx, enqueue) => {
    const locked = await lockOrder(tx, { id: orderId });
    if (locked) await markRefunded(tx, enqueue, locked, deps.now());
  });
  return loadOrder(deps.db, orderId);
}

/** The `payment-refund` job: pays back a payment that arrived for an order that could no longer be filled. */
export async function refundUnfillable(deps: Deps, orderId: string): Promise<void> {
  const [order] = await deps.db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.id, orderId),
        eq(orders.paymentStatus, 'paid'),
        inArray(orders.status, ['expired', 'payment_failed', 'cancelled']),
      ),
    );
  if (!order) return;
  // A provider failure throws, and pg-boss retries the job with backoff.
  await refundAtProvider(deps, order);
  await deps.uow(async (tx, enqueue) => {
    const locked = await lockOrder(tx, { id: orderId });
    if (locked) await markRefunded(tx, enqueue, locked, deps.now());
  });
}

/** charge.refunded: a refund made at the provider (its dashboard, or ours) marks the order refunded. */
export async function refundedByProvider(
  deps: Deps,
  event: PaymentEvent,
  paymentIntentId: string,
): Promise<'refunded' | 'duplicate_event' | 'unknown_session' | 'ignored'> {
  return deps.uow(async (tx, enqueue) => {
    const [found] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.paymentIntentId, paymentIntentId));
    const order = found ? await lockOrder(tx, { id: found.id }) : null;
    if (!(await recordEvent(tx, event, order?.id ?? null))) return 'duplicate_event';
    if (!order) return 'unknown_session';
    return (await markRefunded(tx, enqueue, order, deps.now())) ? 'refunded' : 'ignored';
  });
}
