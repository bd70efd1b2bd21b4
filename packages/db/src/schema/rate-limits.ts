import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Fixed-window counters shared by every server process (request and login limits). */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  windowStart: timestamp({
    withTimezone: true,
    mode: 'date',
    precision: 3,
  }).notNull(),
  count: integer().notNull(),
});
