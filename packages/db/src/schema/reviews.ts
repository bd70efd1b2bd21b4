import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { users } from './users';

/** One rating per user and product: a second one replaces the first (same row). */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: smallint().notNull(),
    review: text(),
    verifiedPurchase: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('ratings_rating_check', sql`${t.rating} BETWEEN 1 AND 5`),
    uniqueIndex('ratings_product_user_key').on(t.productId, t.userId),
    index('ratings_product_created_idx').on(t.productId, t.createdAt, t.id),
    index('ratings_user_idx').on(t.userId),
  ],
);

export const comments = pgTable(
  'comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('comments_body_check', sql`char_length(${t.body}) BETWEEN 1 AND 2000`),
    index('comments_product_created_idx').on(t.productId, t.createdAt, t.id),
    index('comments_user_idx').on(t.userId),
  ],
);

export type RatingRow = typeof ratings.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
