import { orders, type Tx } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import { returnStock } from '../catalog/stock';
import { linesOf } from './order';

export type ReleasedStatus = 'expired' | 'payment_failed' | 'cancelled';

/**
 * Ends an open checkout: one conditional UPDATE moves the order out of
 * `pending_payment` (so a second release, or a release racing a payment,
 * changes nothing), then its units go back to stock. Answers whether it moved.
 */
export async function releaseHold(tx: Tx, orderId: string, to: ReleasedStatus, now: Date): Promise<boolean> {
  const [moved] = await tx
    .update(orders)
    .set(
      to === 'payment_failed'
        ? { status: to, paymentStatus: 'failed', updatedAt: now }
        : { status: to, updatedAt: now },
    )
    .where(and(eq(orders.id, orderId), eq(orders.status, 'pending_payment')))
    .returning({ id: orders.id });
  if (!moved) return false;
  await returnStock(tx, (await linesOf(tx, [orderId])).get(orderId) ?? [], now);
  return true;
}
