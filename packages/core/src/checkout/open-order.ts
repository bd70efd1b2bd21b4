import { cartItems, type OrderAddress, orderItems, orders, type Tx, users } from '@mercato/db';
import { and, count, eq } from 'drizzle-orm';
import { type StockLine, takeStock } from '../catalog/stock';
import type { CheckoutConfig } from '../deps';
import { AppError } from '../shared/errors';

export interface OpenOrderInput {
  userId: string;
  address: OrderAddress;
  clientIp: string | null;
  currency: string;
}

export interface OpenedOrder {
  id: string;
  totalCents: number;
  currency: string;
  holdExpiresAt: Date;
  lines: { productId: string; name: string; unitPriceCents: number; quantity: number }[];
}

export const MAX_ORDER_TOTAL_CENTS = 99_999_999;

/** Serializes one user's checkouts: one cart, one hold. */
export async function lockBuyer(tx: Tx, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

async function cartLines(tx: Tx, userId: string): Promise<StockLine[]> {
  return tx
    .select({ productId: cartItems.productId, quantity: cartItems.quantity })
    .from(cartItems)
    .where(eq(cartItems.userId, userId));
}

async function openHoldsFrom(tx: Tx, clientIp: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), eq(orders.clientIp, clientIp)));
  return row?.n ?? 0;
}

/**
 * In the caller's transaction (which has locked the buyer and released any
 * earlier hold): checks the cart, takes its units out of stock, and writes a
 * `pending_payment` order with a snapshot of names, prices and quantities.
 */
export async function openOrder(
  tx: Tx,
  input: OpenOrderInput,
  config: CheckoutConfig,
  now: Date,
): Promise<OpenedOrder> {
  const lines = await cartLines(tx, input.userId);
  if (lines.length === 0) throw new AppError('CONFLICT', 'The cart is empty');
  const tooMany = lines.find((l) => l.quantity > config.maxLineQuantity);
  if (tooMany) {
    throw new AppError('CONFLICT', `At most ${config.maxLineQuantity} units of one product per order`);
  }
  if (config.holdsPerIp > 0 && input.clientIp && (await openHoldsFrom(tx, input.clientIp)) >= config.holdsPerIp) {
    throw new AppError('TOO_MANY_REQUESTS', 'Too many open checkouts from this address; finish or cancel one', 60);
  }
  const snapshot = await takeStock(tx, lines, now);
  const orderLines = lines.map((l) => {
    const product = snapshot.get(l.productId);
    if (!product) throw new Error('stock taken without a snapshot');
    return { productId: l.productId, name: product.name, unitPriceCents: product.priceCents, quantity: l.quantity };
  });
  const totalCents = orderLines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  // Stripe's ceiling for one payment (and far inside a 32-bit column).
  if (totalCents > MAX_ORDER_TOTAL_CENTS)
    throw new AppError('CONFLICT', 'The order total is over the most one payment can take');
  const holdExpiresAt = new Date(now.getTime() + config.holdTtlSeconds * 1000);
  const [order] = await tx
    .insert(orders)
    .values({
      userId: input.userId,
      totalCents,
      currency: input.currency,
      address: input.address,
      clientIp: input.clientIp,
      holdExpiresAt,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: orders.id });
  if (!order) throw new Error('insert returned no order');
  await tx.insert(orderItems).values(
    orderLines.map((l) => ({
      orderId: order.id,
      ...l,
      lineTotalCents: l.unitPriceCents * l.quantity,
    })),
  );
  return { id: order.id, totalCents, currency: input.currency, holdExpiresAt, lines: orderLines };
}
