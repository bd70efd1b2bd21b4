import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users';

/** Written only by the triggers of migration 0003 (products and category renames). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const at = (name?: string) =>
  name
    ? timestamp(name, { withTimezone: true, mode: 'date', precision: 3 })
    : timestamp({ withTimezone: true, mode: 'date', precision: 3 });

export const categories = pgTable(
  'categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** The name case-folded by the application (Unicode, not the database locale's lower()); COLLATE "C" (migration 0005). */
    nameKey: text().notNull(),
    slug: text().notNull(),
    description: text(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    // Case-insensitive uniqueness is a database fact; the key also orders and pages the category list.
    uniqueIndex('categories_name_key_key').on(t.nameKey),
    uniqueIndex('categories_slug_key').on(t.slug),
  ],
);

/**
 * Products are never deleted, only marked (deletedAt), so order lines and
 * ratings keep their reference. Every read index is partial on live rows and
 * built for one keyset order; the list queries scan them forward or backward.
 */
export const products = pgTable(
  'products',
  {
    id: uuid().primaryKey().defaultRandom(),
    sellerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    description: text(),
    priceCents: integer().notNull(),
    stock: integer().notNull().default(0),
    imageUrl: text(),
    ratingAverage: doublePrecision().notNull().default(0),
    ratingCount: integer().notNull().default(0),
    // Units sold: the `popular` order. Checkout increments it when an order is paid.
    soldCount: integer().notNull().default(0),
    searchVector: tsvector().notNull().default(sql`''::tsvector`),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
    deletedAt: at(),
  },
  (t) => {
    const live = sql`${t.deletedAt} IS NULL`;
    return [
      check('products_price_cents_check', sql`${t.priceCents} >= 0`),
      check('products_stock_check', sql`${t.stock} >= 0`),
      check('products_rating_count_check', sql`${t.ratingCount} >= 0`),
      check('products_sold_count_check', sql`${t.soldCount} >= 0`),
      check('products_name_check', sql`char_length(${t.name}) BETWEEN 1 AND 200`),
      index('products_seller_idx').on(t.sellerId),
      index('products_newest_idx').on(t.createdAt, t.id).where(live),
      index('products_category_newest_idx').on(t.categoryId, t.createdAt, t.id).where(live),
      index('products_price_idx').on(t.priceCents, t.id).where(live),
      index('products_category_price_idx').on(t.categoryId, t.priceCents, t.id).where(live),
      index('products_rating_idx').on(t.ratingAverage, t.ratingCount, t.id).where(live),
      index('products_popular_idx').on(t.soldCount, t.id).where(live),
      index('products_search_idx').using('gin', t.searchVector).where(live),
      index('products_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')).where(live),
    ];
  },
);

/**
 * The distinct words (lower-cased, unstemmed) of product names, descriptions
 * and category names, for correcting typos in search. Written only by the
 * triggers of migration 0011; words of deleted or edited products linger
 * (a correction to them finds nothing). `word` is COLLATE "C" (migration) so
 * a prefix is a btree range.
 */
export const searchWords = pgTable('search_words', { word: text().primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gist', t.word.op('gist_trgm_ops')),
]);

/**
 * Impact-ordered postings of the search vectors: one row per lexeme of each
 * live product, with ts_rank of the product's vector for that lexeme alone.
 * A one-word search whose prefix matches a single lexeme of the catalog ranks
 * exactly so (ts_rank of one term is the term's own score), so its first page
 * is the first rows of the primary key scanned backward instead of a rank of
 * every match. Written only by the triggers of migration 0013; `lexeme` is
 * COLLATE "C" (migration) so a prefix is a btree range, as tsquery compares
 * prefixes byte-wise.
 */
export const productSearchPostings = pgTable(
  'product_search_postings',
  {
    lexeme: text().notNull(),
    score: real().notNull(),
    productId: uuid().notNull(),
  },
  (t) => [primaryKey({ columns: [t.lexeme, t.score, t.productId] })],
);

export type CategoryRow = typeof categories.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
