import { orderItems, orders, type Tx } from '@mercato/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

/** Orders in these states were paid for and not refunded: their buyers may say so on a rating. */
export const PURCHASED_STATUSES = ['paid', 'shipped', 'delivered'] as const;

/** Whether the user bought the product in an order that was paid and not refunded. */
export async function isVerifiedPurchase(db: Tx, userId: string, productId: string): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<number>`1` })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(
      and(
        eq(orders.userId, userId),
        eq(orderItems.productId, productId),
        inArray(orders.status, [...PURCHASED_STATUSES]),
      ),
    )
    .limit(1);
  return Boolean(row);
}
