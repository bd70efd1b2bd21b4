import { type OrderRow, orders, type Tx } from '@mercato/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { removePurchased } from '../cart/service';
import { countSold, takeStock } from '../catalog/stock';
import type { LogFn } from '../deps';
import { orderNoticeJob, paymentRefundJob } from '../orders/jobs';
import { linesOf, lockOrder } from '../orders/order';
import { recordEvent } from '../payments/events';
import type { ProviderSession } from '../payments/gateway';
import { recommendationsUpdateJob } from '../recommendations/jobs';
import { AppError } from '../shared/errors';
import type { Enqueue } from '../shared/job';
import { withSavepoint } from '../shared/savepoint';

export type FinalizeOutcome =
  | 'paid'
  | 'already_paid'
  | 'unpaid'
  | 'mismatch'
  | 'unknown_session'
  | 'late_paid'
  | 'late_refund'
  | 'duplicate_event';

const isPaid = (s: ProviderSession) =>
  s.status === 'complete' && (s.paymentStatus === 'paid' || s.paymentStatus === 'no_payment_required');

/**
 * Marks the order of a paid provider session paid, exactly once, in the
 * caller's transaction: confirm-payment, webhooks, the simulator and the
 * sweeper all come here. One conditional UPDATE moves pending_payment to
 * paid; with it the held units become a sale, the purchased cart lines go,
 * and the confirmation and receipt are enqueued. The provider's amount and
 * currency must match the order, or nothing is marked paid.
 *
 * A payment that lands after the hold was released (the sweeper or an
 * expiry event won the race) takes the units again when they are still
 * there; otherwise the payment is refunded automatically.
 */
export async function finalizePaidSession(
  tx: Tx,
  enqueue: Enqueue,
  session: ProviderSession,
  ctx: { now: Date; log: LogFn; event?: { id: string; type: string } },
): Promise<{ outcome: FinalizeOutcome; orderId: string | null }> {
  const order = await lockOrder(tx, { sessionId: session.id });
  if (ctx.event && !(await recordEvent(tx, ctx.event, order?.id ?? null))) {
    return { outcome: 'duplicate_event', orderId: order?.id ?? null };
  }
  if (!order) return { outcome: 'unknown_session', orderId: null };
  if (!isPaid(session)) return { outcome: 'unpaid', orderId: order.id };
  if (session.amountTotalCents !== order.totalCents || session.currency?.toLowerCase() !== order.currency) {
    ctx.log('error', 'ALERT payment amount or currency does not match the order; not marked paid', {
      orderId: order.id,
      sessionId: session.id,
      expected: { totalCents: order.totalCents, currency: order.currency },
      received: { totalCents: session.amountTotalCents, currency: session.currency },
    });
    return { outcome: 'mismatch', orderId: order.id };
  }
  if (order.paymentStatus === 'paid' || order.paymentStatus === 'refunded') {
    return { outcome: 'already_paid', orderId: order.id };
  }
  const lines = (await linesOf(tx, [order.id])).get(order.id) ?? [];
  if (order.status === 'pending_payment') {
    await markPaid(tx, enqueue, order, lines, session, ctx.now);
    return { outcome: 'paid', orderId: order.id };
  }
  // Released before the money arrived (expired, failed or cancelled): take the units again if they are there.
  const retaken = await withSavepoint(tx, 'late_payment_stock', async () => {
    await takeStock(tx, lines, ctx.now);
    return true;
  }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'CONFLICT') return false;
    throw err;
  });
  if (retaken) {
    await markPaid(tx, enqueue, order, lines, session, ctx.now);
    ctx.log('warn', 'late payment: the released order was paid and its stock taken again', { orderId: order.id });
    return { outcome: 'late_paid', orderId: order.id };
  }
  await tx
    .update(orders)
    .set({ paymentStatus: 'paid', paymentIntentId: session.paymentIntentId, updatedAt: ctx.now })
    .where(eq(orders.id, order.id));
  await enqueue(paymentRefundJob, { orderId: order.id, reason: 'paid after its stock hold was released' });
  ctx.log('warn', 'late payment for a released order whose stock is gone: refunding', { orderId: order.id });
  return { outcome: 'late_refund', orderId: order.id };
}

async function markPaid(
  tx: Tx,
  enqueue: Enqueue,
  order: OrderRow,
  lines: { productId: string; quantity: number }[],
  session: ProviderSession,
  now: Date,
): Promise<void> {
  const [moved] = await tx
    .update(orders)
    .set({
      status: 'paid',
      paymentStatus: 'paid',
      paidAt: now,
      paymentIntentId: session.paymentIntentId,
      updatedAt: now,
    })
    .where(
      and(
        eq(orders.id, order.id),
        inArray(orders.status, ['pending_payment', 'expired', 'payment_failed', 'cancelled']),
      ),
    )
    .returning({ id: orders.id });
  if (!moved) throw new Error(`order ${order.id} could not move to paid`);
  await countSold(tx, lines, 1);
  await removePurchased(tx, order.userId, lines);
  await enqueue(orderNoticeJob, { orderId: order.id, kind: 'confirmation' });
  await enqueue(orderNoticeJob, { orderId: order.id, kind: 'receipt' });
  await enqueue(recommendationsUpdateJob, { orderId: order.id });
}

/** Orders paid for that a refund job still has to pay back. */
export const awaitingRefund = sql`${orders.paymentStatus} = 'paid' AND ${orders.status} NOT IN ('paid', 'shipped', 'delivered')`;
