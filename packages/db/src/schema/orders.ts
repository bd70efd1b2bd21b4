import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { users } from './users';

const at = () => timestamp({ withTimezone: true, mode: 'date', precision: 3 });

export const orderStatus = pgEnum('order_status', [
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
  'expired',
  'payment_failed',
  'refunded',
]);
export const paymentStatus = pgEnum('payment_status', ['pending', 'paid', 'failed', 'refunded']);

export interface OrderAddress {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  state?: string | null;
  country: string;
}

/**
 * An order holds a snapshot of what was bought. While it is `pending_payment`
 * its lines hold stock (taken out of products.stock) until `holdExpiresAt`;
 * the status alone says where the units are: held, sold, or given back.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: orderStatus().notNull().default('pending_payment'),
    paymentStatus: paymentStatus().notNull().default('pending'),
    totalCents: integer().notNull(),
    currency: text().notNull(),
    address: jsonb().$type<OrderAddress>().notNull(),
    paymentProvider: text(),
    paymentSessionId: text(),
    paymentIntentId: text(),
    trackingNumber: text(),
    /** The address that opened the checkout: open holds are limited per address. */
    clientIp: text(),
    holdExpiresAt: at().notNull(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
    paidAt: at(),
  },
  (t) => [
    check('orders_total_cents_check', sql`${t.totalCents} >= 0`),
    uniqueIndex('orders_payment_session_key').on(t.paymentSessionId),
    index('orders_payment_intent_idx').on(t.paymentIntentId),
    index('orders_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('orders_user_status_created_idx').on(t.userId, t.status, t.createdAt, t.id),
    index('orders_created_idx').on(t.createdAt, t.id),
    index('orders_status_created_idx').on(t.status, t.createdAt, t.id),
    // One cart, one hold: a user has at most one open checkout.
    uniqueIndex('orders_one_open_per_user_key').on(t.userId).where(sql`${t.status} = 'pending_payment'`),
    index('orders_open_holds_idx').on(t.holdExpiresAt).where(sql`${t.status} = 'pending_payment'`),
    index('orders_open_holds_ip_idx').on(t.clientIp).where(sql`${t.status} = 'pending_payment'`),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    unitPriceCents: integer().notNull(),
    quantity: integer().notNull(),
    lineTotalCents: integer().notNull(),
  },
  (t) => [
    check('order_items_quantity_check', sql`${t.quantity} >= 1`),
    check('order_items_unit_price_check', sql`${t.unitPriceCents} >= 0`),
    check('order_items_line_total_check', sql`${t.lineTotalCents} = ${t.unitPriceCents} * ${t.quantity}`),
    uniqueIndex('order_items_order_product_key').on(t.orderId, t.productId),
    index('order_items_product_idx').on(t.productId),
  ],
);

/** Every provider event acted on, recorded in the same transaction as its effect: a replay finds it and does nothing. */
export const paymentEvents = pgTable('payment_events', {
  id: text().primaryKey(),
  type: text().notNull(),
  orderId: uuid(),
  receivedAt: at().notNull().defaultNow(),
});

/**
 * Each notice of an order goes out once. A worker claims the row before it
 * sends (so two workers never send the same notice at once, and none holds
 * a database connection while it talks to the mail server) and marks it
 * sent when the mail server has accepted the message. A claim left by a
 * process that died is taken over after a while.
 */
export const orderNotices = pgTable(
  'order_notices',
  {
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    messageId: text().notNull(),
    claimedAt: at().notNull().defaultNow(),
    sentAt: at(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.kind] })],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type OrderStatus = (typeof orderStatus.enumValues)[number];
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];
