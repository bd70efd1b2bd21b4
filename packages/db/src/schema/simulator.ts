import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Sessions of the offline payment simulator: the state Stripe would keep,
 * kept in PostgreSQL so every process (and a restart) sees the same session.
 */
export const simulatorSessions = pgTable('simulator_sessions', {
  id: text().primaryKey(),
  idempotencyKey: text().notNull().unique(),
  orderId: uuid().notNull(),
  userId: uuid().notNull(),
  status: text().$type<'open' | 'complete' | 'expired'>().notNull().default('open'),
  paymentStatus: text().$type<'paid' | 'unpaid' | 'no_payment_required'>().notNull().default('unpaid'),
  amountTotalCents: integer().notNull(),
  currency: text().notNull(),
  lines: jsonb().$type<{ name: string; unitAmountCents: number; quantity: number }[]>().notNull(),
  successUrl: text().notNull(),
  cancelUrl: text().notNull(),
  paymentIntentId: text(),
  refundedCents: integer().notNull().default(0),
  expiresAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
});

export type SimulatorSessionRow = typeof simulatorSessions.$inferSelect;
