import { type Db, type OrderStatus, orders } from '@mercato/db';
import { and, eq, type SQL } from 'drizzle-orm';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import { loadOrder, type Order, withLines } from './order';

const newest = newestFirst(orders.createdAt, orders.id);

export interface ListOrdersInput {
  limit: number;
  cursor?: string | null;
  status?: OrderStatus;
  /** Only this user's orders; unset (admins only) for everyone's. */
  userId?: string;
}

/** Newest first, keyset-paged on (createdAt, id) with an index for each filter. */
export async function listOrders(db: Db, input: ListOrdersInput): Promise<Page<Order>> {
  const where: SQL[] = [];
  if (input.userId !== undefined) {
    if (!isId(input.userId)) return { items: [], nextCursor: null };
    where.push(eq(orders.userId, input.userId));
  }
  if (input.status) where.push(eq(orders.status, input.status));
  const page = await keysetPage(
    newest,
    input,
    (after) =>
      db
        .select()
        .from(orders)
        .where(and(...where, after)),
    (r) => r,
    (r) => [r.createdAt, r.id],
  );
  return { items: await withLines(db, page.items), nextCursor: page.nextCursor };
}

/** The owner's order, or any order for an admin; another user's is as unknown as a made-up id (404). */
export async function getOrder(db: Db, viewer: { id: string; role: string }, orderId: string): Promise<Order> {
  const order = await loadOrder(db, orderId);
  if (viewer.role !== 'admin' && order.userId !== viewer.id) throw notFound('Order');
  return order;
}
