import { products, type Tx } from '@mercato/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../shared/errors';

export interface StockLine {
  productId: string;
  quantity: number;
}

/** Every stock move walks products in id order, so two transactions never wait on each other in a circle. */
const inIdOrder = <T extends StockLine>(lines: readonly T[]): T[] =>
  [...lines].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));

/**
 * Takes each line's units out of the live product's stock with one
 * conditional UPDATE (never below zero), and answers the name and price at
 * that instant for the order's snapshot. Short of stock is a 409; the caller's
 * transaction then gives back what it took.
 */
export async function takeStock(
  tx: Tx,
  lines: readonly StockLine[],
  now: Date,
): Promise<Map<string, { name: string; priceCents: number }>> {
  const taken = new Map<string, { name: string; priceCents: number }>();
  for (const line of inIdOrder(lines)) {
    const [row] = await tx
      .update(products)
      .set({ stock: sql`${products.stock} - ${line.quantity}`, updatedAt: now })
      .where(
        and(eq(products.id, line.productId), isNull(products.deletedAt), sql`${products.stock} >= ${line.quantity}`),
      )
      .returning({ name: products.name, priceCents: products.priceCents });
    if (!row) throw await shortLine(tx, line.productId);
    taken.set(line.productId, row);
  }
  return taken;
}

/** The 409 for a line whose units could not be taken: the product is gone, or how many are left. */
async function shortLine(tx: Tx, productId: string): Promise<AppError> {
  const [p] = await tx
    .select({ name: products.name, stock: products.stock, deletedAt: products.deletedAt })
    .from(products)
    .where(eq(products.id, productId));
  if (!p || p.deletedAt) {
    return new AppError(
      'CONFLICT',
      p
        ? `"${p.name}" is no longer sold; remove it from the cart`
        : 'A product in the cart no longer exists; remove it from the cart',
    );
  }
  if (p.stock <= 0) return new AppError('CONFLICT', `"${p.name}" is sold out; remove it from the cart`);
  return new AppError('CONFLICT', `Only ${p.stock} of "${p.name}" left; lower the quantity in the cart`);
}

/** Gives held units back (an expired, failed or cancelled checkout), deleted products included. */
export async function returnStock(tx: Tx, lines: readonly StockLine[], now: Date): Promise<void> {
  for (const line of inIdOrder(lines)) {
    await tx
      .update(products)
      .set({ stock: sql`${products.stock} + ${line.quantity}`, updatedAt: now })
      .where(eq(products.id, line.productId));
  }
}

/** A paid order's units count as sold (the `popular` order). */
export async function countSold(tx: Tx, lines: readonly StockLine[], sign: 1 | -1): Promise<void> {
  for (const line of inIdOrder(lines)) {
    await tx
      .update(products)
      .set({ soldCount: sql`greatest(${products.soldCount} + ${sign * line.quantity}, 0)` })
      .where(eq(products.id, line.productId));
  }
}
