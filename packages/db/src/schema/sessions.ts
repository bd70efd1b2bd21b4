import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * One row per refresh token ever issued. A login starts a family; each refresh
 * retires the presented token (usedAt) and issues the next one in the family.
 * Ending the login (logout, or a replayed token) retires every token of it, so
 * a family with no unretired token is over, and so are its access tokens.
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
  (t) => [
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_user_idx').on(t.userId),
    // Every authenticated request asks whether its login still has a token to refresh with: one probe here.
    index('refresh_tokens_live_family_idx').on(t.familyId).where(sql`${t.usedAt} IS NULL`),
  ],
);
