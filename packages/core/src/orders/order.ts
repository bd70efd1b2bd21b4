import {
  type OrderAddress,
  type OrderRow,
  type OrderStatus,
  orderItems,
  orderStatus,
  orders,
  type Tx,
} from '@mercato/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';

export type { OrderAddress, OrderStatus };
export type PaymentState = OrderRow['paymentStatus'];

export interface OrderLine {
  productId: string;
  name: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
}

export interface Order {
  id: string;
  userId: string;
  status: OrderStatus;
  paymentStatus: PaymentState;
  items: OrderLine[];
  totalCents: number;
  currency: string;
  address: OrderAddress;
  stripeSessionId: string | null;
  trackingNumber: string | null;
  holdExpiresAt: string;
  createdAt: string;
  updatedAt: string;
  paidAt: string | null;
}

export const ORDER_STATUSES = orderStatus.enumValues;

/** States in which the buyer has paid and kept the goods: refundable, and the units count as sold. */
export const SOLD_STATUSES = ['paid', 'shipped', 'delivered'] as const satisfies readonly OrderStatus[];

export function toOrder(row: OrderRow, lines: readonly OrderLine[]): Order {
  return {
    id: row.id,
    userId: row.userId,
    status: row.status,
    paymentStatus: row.paymentStatus,
    items: lines.map((l) => ({
      productId: l.productId,
      name: l.name,
      unitPriceCents: l.unitPriceCents,
      quantity: l.quantity,
      lineTotalCents: l.lineTotalCents,
    })),
    totalCents: row.totalCents,
    currency: row.currency,
    address: row.address,
    stripeSessionId: row.paymentSessionId,
    trackingNumber: row.trackingNumber,
    holdExpiresAt: row.holdExpiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}

/** The lines of each order, in one query, in product-id order (the order stock moves in). */
export async function linesOf(db: Tx, orderIds: readonly string[]): Promise<Map<string, OrderLine[]>> {
  const byOrder = new Map<string, OrderLine[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const rows = await db
    .select()
    .from(orderItems)
    .where(inArray(orderItems.orderId, [...orderIds]))
    .orderBy(asc(orderItems.orderId), asc(orderItems.productId));
  for (const r of rows) byOrder.get(r.orderId)?.push(r);
  return byOrder;
}

export async function withLines(db: Tx, rows: readonly OrderRow[]): Promise<Order[]> {
  const lines = await linesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOrder(r, lines.get(r.id) ?? []));
}

/** Locks the order row for a state change; null when there is no such order. */
export async function lockOrder(tx: Tx, where: { id: string } | { sessionId: string }): Promise<OrderRow | null> {
  if ('id' in where && !isId(where.id)) return null;
  const [row] = await tx
    .select()
    .from(orders)
    .where('id' in where ? eq(orders.id, where.id) : eq(orders.paymentSessionId, where.sessionId))
    .for('update');
  return row ?? null;
}

export async function loadOrder(db: Tx, id: string): Promise<Order> {
  if (!isId(id)) throw notFound('Order');
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  if (!row) throw notFound('Order');
  const [order] = await withLines(db, [row]);
  if (!order) throw notFound('Order');
  return order;
}
