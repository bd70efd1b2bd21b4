import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * One row per refresh token ever issued. A login starts a family; each refresh
 * retires the presented token (usedAt) and issues the next one in the family.
 * Only the SHA-256 of the token is kept.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp({
      withTimezone: true,
      mode: 'date',
      precision: 3,
    }).notNull(),
    usedAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }),
    revokedAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId), index('refresh_tokens_user_idx').on(t.userId)],
);
