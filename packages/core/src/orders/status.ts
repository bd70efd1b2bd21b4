import { type OrderStatus, orders } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import type { Deps } from '../deps';
import { AppError, notFound } from '../shared/errors';
import { orderNoticeJob } from './jobs';
import { loadOrder, lockOrder, type Order } from './order';
import { releaseHold } from './release';

/**
 * What an admin may move an order to, from each state. Payment states move
 * only by payment events (and refunds by the refund route), never by hand.
 */
export const ADMIN_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['cancelled'],
  paid: ['shipped'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
  expired: [],
  payment_failed: [],
  refunded: [],
};

export async function changeOrderStatus(
  deps: Deps,
  orderId: string,
  input: { status: OrderStatus; trackingNumber?: string | null },
): Promise<Order> {
  const now = deps.now();
  const sessionToExpire = await deps.uow(async (tx, enqueue) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order) throw notFound('Order');
    if (!ADMIN_TRANSITIONS[order.status].includes(input.status)) {
      const hint = input.status === 'refunded' ? ' (use POST /orders/{orderId}/refund)' : '';
      throw new AppError('CONFLICT', `An order cannot move from ${order.status} to ${input.status}${hint}`);
    }
    if (input.status === 'cancelled') {
      await releaseHold(tx, order.id, 'cancelled', now);
      return order.paymentSessionId;
    }
    await tx
      .update(orders)
      .set({
        status: input.status,
        updatedAt: now,
        ...(input.trackingNumber !== undefined ? { trackingNumber: input.trackingNumber } : {}),
      })
      .where(and(eq(orders.id, order.id), eq(orders.status, order.status)));
    if (input.status === 'shipped') await enqueue(orderNoticeJob, { orderId: order.id, kind: 'shipping' });
    return null;
  });
  if (sessionToExpire) {
    await deps.payments.expireCheckoutSession(sessionToExpire).catch((err: unknown) => {
      deps.log('warn', 'could not expire the session of a cancelled order', {
        orderId,
        err: err instanceof Error ? err.message : String(err),
      });
    });
  }
  return loadOrder(deps.db, orderId);
}
