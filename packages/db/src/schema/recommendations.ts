import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const at = () => timestamp({ withTimezone: true, mode: 'date', precision: 3 });

/**
 * The recommendation model's tables, all derived: the nightly rebuild
 * recomputes every row from orders, ratings, wishlists and carts and swaps
 * the new tables in, and the incremental job adds one paid order's buyer. No
 * foreign keys: a rebuild replaces whole tables, and serving joins products
 * (live, in stock).
 */

/** One user's decayed interest in one product (the sum of weighted signals, kept when positive). */
export const recUserItems = pgTable(
  'rec_user_items',
  {
    userId: uuid().notNull(),
    productId: uuid().notNull(),
    weight: doublePrecision().notNull(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.productId] }),
    index('rec_user_items_product_idx').on(t.productId, t.userId, t.weight),
  ],
);

/** Per product: the norm of its user vector (cosine), its users, and its recent popularity. */
export const recItemStats = pgTable(
  'rec_item_stats',
  {
    productId: uuid().primaryKey(),
    /** A dense integer key of the product inside the model (rec_item_cooc), kept until the next rebuild. */
    ix: integer().notNull(),
    categoryId: uuid().notNull(),
    norm: doublePrecision().notNull(),
    users: integer().notNull(),
    /** Distinct buyers in the recent window: the `popular` order. */
    recentBuyers: integer().notNull(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rec_item_stats_ix_key').on(t.ix),
    index('rec_item_stats_popular_idx').on(sql`${t.recentBuyers} DESC`, t.productId),
    index('rec_item_stats_category_popular_idx').on(t.categoryId, sql`${t.recentBuyers} DESC`, t.productId),
  ],
);

/** Item-to-item similarity (shrunk cosine), both directions stored; the top pairs of each product. */
export const recItemPairs = pgTable(
  'rec_item_pairs',
  {
    productId: uuid().notNull(),
    otherId: uuid().notNull(),
    score: doublePrecision().notNull(),
    /** Users with a positive signal on both products. */
    support: integer().notNull(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.otherId] }),
    index('rec_item_pairs_serving_idx').on(t.productId, sql`${t.score} DESC`, t.otherId),
  ],
);

/**
 * Every co-occurring pair, both ways (a, b) and (b, a), by `rec_item_stats.ix`:
 * the dot product of the two products' user vectors and the users they share. The incremental
 * job adds a buyer's change to these sums and rescores from them instead of
 * reading every co-buyer again.
 */
export const recItemCooc = pgTable(
  'rec_item_cooc',
  {
    a: integer().notNull(),
    b: integer().notNull(),
    dot: doublePrecision().notNull(),
    support: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.a, t.b] })],
);

/**
 * The paid orders whose buyers `rec_item_stats.recent_buyers` counts: the
 * rebuild writes the window's orders, the incremental job adds its order
 * once (a retried job finds it here and counts nobody twice).
 */
export const recRecentOrders = pgTable('rec_recent_orders', { orderId: uuid().primaryKey() });

/**
 * Each user's suggestions without a context or cart, ranked by the serving
 * query when built (suggest-list.ts): the best LIST_SIZE candidates in order,
 * each with the product it was bought together with (null when it comes from
 * popularity) and whether it shares a favourite category. Not part of the
 * rebuild's swap: rows are replaced one user at a time, for every user after
 * the nightly rebuild and for a buyer by the incremental job. Serving checks
 * stock, deletion and purchases live and falls back to the full query when
 * the list cannot give the exact answer.
 */
export const recUserLists = pgTable('rec_user_lists', {
  userId: uuid().primaryKey(),
  productIds: uuid().array().notNull(),
  becauseIds: uuid().array().notNull(),
  favouriteCategory: boolean().array().notNull(),
  /** Every candidate fit in the list (none was left out). */
  complete: boolean().notNull(),
  /** The user had paid orders (`personalized`). */
  history: boolean().notNull(),
  builtAt: at().notNull(),
});

export type RecItemPairRow = typeof recItemPairs.$inferSelect;
