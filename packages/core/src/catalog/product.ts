import { categories, products } from '@mercato/db';
import { isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { KeysetOrder, KeyValue } from '../shared/keyset';
import { isoOfTimestamp } from '../shared/timestamp-text';

/**
 * A product as the API shows it. Its price is in the store's currency
 * (configuration, not a column), which every product read carries.
 */
export interface ProductData {
  id: string;
  name: string;
  description: string | null;
  priceCents: number;
  /** Lower-case ISO 4217 code of `priceCents`. */
  currency: string;
  stock: number;
  categoryId: string;
  categoryName: string;
  imageUrl: string | null;
  sellerId: string;
  ratingAverage: number | null;
  ratingCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A column read under its key's name, so pg's own row objects have the result's shape (plainRows). */
const keyed = <T>(column: AnyPgColumn, key: string) => sql<T>`${column}`.as(key);

/**
 * The columns of a product read, joined to its category (never the search
 * vector), each aliased to its key (`keyed`). The timestamps are read as
 * PostgreSQL's text, not as Dates: the API answers them as text
 * (isoOfTimestamp).
 */
export const productFields = {
  id: keyed<string>(products.id, 'id'),
  name: keyed<string>(products.name, 'name'),
  description: keyed<string | null>(products.description, 'description'),
  priceCents: keyed<number>(products.priceCents, 'priceCents'),
  stock: keyed<number>(products.stock, 'stock'),
  categoryId: keyed<string>(products.categoryId, 'categoryId'),
  categoryName: keyed<string>(categories.name, 'categoryName'),
  imageUrl: keyed<string | null>(products.imageUrl, 'imageUrl'),
  sellerId: keyed<string>(products.sellerId, 'sellerId'),
  ratingAverage: keyed<number>(products.ratingAverage, 'ratingAverage'),
  ratingCount: keyed<number>(products.ratingCount, 'ratingCount'),
  soldCount: keyed<number>(products.soldCount, 'soldCount'),
  createdAt: keyed<string>(products.createdAt, 'createdAt'),
  updatedAt: keyed<string>(products.updatedAt, 'updatedAt'),
};

export interface ProductFieldsRow {
  id: string;
  name: string;
  description: string | null;
  priceCents: number;
  stock: number;
  categoryId: string;
  categoryName: string;
  imageUrl: string | null;
  sellerId: string;
  ratingAverage: number;
  ratingCount: number;
  soldCount: number;
  /** timestamptz text, e.g. "2026-12-01 16:18:39.123456+00". */
  createdAt: string;
  updatedAt: string;
}

/** The one mapping from a row to a product: every product output carries `currency`. */
export const toProductData = (row: ProductFieldsRow, currency: string): ProductData => ({
  id: row.id,
  name: row.name,
  description: row.description,
  priceCents: row.priceCents,
  currency,
  stock: row.stock,
  categoryId: row.categoryId,
  categoryName: row.categoryName,
  imageUrl: row.imageUrl,
  sellerId: row.sellerId,
  ratingAverage: row.ratingCount > 0 ? Math.round(row.ratingAverage * 100) / 100 : null,
  ratingCount: row.ratingCount,
  createdAt: isoOfTimestamp(row.createdAt),
  updatedAt: isoOfTimestamp(row.updatedAt),
});

/** The one definition of a live product: not soft-deleted. `table` may be an alias of products. */
export const liveIn = (table: { deletedAt: AnyPgColumn }): SQL => isNull(table.deletedAt);
export const live: SQL = liveIn(products);

export const PRODUCT_SORTS = ['newest', 'relevance', 'price_asc', 'price_desc', 'rating', 'popular'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
export type ColumnSort = Exclude<ProductSort, 'relevance'>;

type ColumnOrder = KeysetOrder & { cursorOf: (r: ProductFieldsRow) => KeyValue[] };

/** Both price orders walk the same (price_cents, id) index, one way or the other. */
const byPrice = (dir: KeysetOrder['dir']): ColumnOrder => ({
  dir,
  keys: [
    { expr: products.priceCents, kind: 'int' },
    { expr: products.id, kind: 'uuid' },
  ],
  cursorOf: (r) => [r.priceCents, r.id],
});

/** Each order is served by the partial index of the same columns (migration 0002). */
export const COLUMN_ORDERS: Record<ColumnSort, ColumnOrder> = {
  newest: {
    dir: 'desc',
    keys: [
      { expr: products.createdAt, kind: 'timestamp' },
      { expr: products.id, kind: 'uuid' },
    ],
    cursorOf: (r) => [isoOfTimestamp(r.createdAt), r.id],
  },
  price_asc: byPrice('asc'),
  price_desc: byPrice('desc'),
  rating: {
    dir: 'desc',
    keys: [
      { expr: products.ratingAverage, kind: 'float' },
      { expr: products.ratingCount, kind: 'int' },
      { expr: products.id, kind: 'uuid' },
    ],
    cursorOf: (r) => [r.ratingAverage, r.ratingCount, r.id],
  },
  popular: {
    dir: 'desc',
    keys: [
      { expr: products.soldCount, kind: 'int' },
      { expr: products.id, kind: 'uuid' },
    ],
    cursorOf: (r) => [r.soldCount, r.id],
  },
};
