import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['customer', 'seller', 'admin']);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased by the auth domain; the unique index makes case-insensitivity a database fact.
    email: text().notNull(),
    name: text(),
    role: userRole().notNull().default('customer'),
    passwordHash: text().notNull(),
    // A deactivated account cannot log in or refresh, and its access tokens stop working at once.
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_created_at_id_idx').on(t.createdAt.desc(), t.id.desc()),
  ],
);

export type UserRow = typeof users.$inferSelect;
