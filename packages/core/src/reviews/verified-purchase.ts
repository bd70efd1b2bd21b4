import type { Tx } from '@mercato/db';

/**
 * Whether the user bought the product. There are no orders yet, so this is
 * false; the ratings code already stores and returns what it answers. When
 * the orders schema lands, this becomes (with its names):
 *
 *   SELECT EXISTS (
 *     SELECT 1 FROM order_items oi JOIN orders o ON o.id = oi.order_id
 *     WHERE o.user_id = $userId AND oi.product_id = $productId
 *       AND o.status IN ('paid', 'shipped', 'delivered')
 *   )
 */
export async function isVerifiedPurchase(_db: Tx, _userId: string, _productId: string): Promise<boolean> {
  return false;
}
