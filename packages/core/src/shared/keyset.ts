import { asc, desc, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from './errors';
import { isId } from './ids';
import { INT4_MAX } from './limits';
import { type CursorValue, decodeCursor, isCursorTimestamp, type Page, toPage } from './pagination';

export type KeyKind = 'timestamp' | 'int' | 'float' | 'uuid' | 'text';
export type KeyValue = string | number;

/** One column (or expression) of a keyset order; the last key must be unique (the id). */
export interface KeyPart {
  expr: AnyPgColumn | SQL;
  kind: KeyKind;
}

/**
 * A total order that pagination resumes after: every key goes the same way,
 * so "after the cursor" is one row comparison that a btree index (scanned
 * forward or backward) answers directly.
 */
export interface KeysetOrder {
  dir: 'asc' | 'desc';
  keys: KeyPart[];
}

const invalid = () => new AppError('BAD_REQUEST', 'Invalid cursor');

/** A key value, or a placeholder for one (a prepared query binds it per call). */
type KeyBound = KeyValue | Placeholder;

const CASTS: Record<KeyKind, (v: KeyBound) => SQL> = {
  timestamp: (v) => sql`${v}::timestamptz`,
  int: (v) => sql`${v}::integer`,
  float: (v) => sql`${v}::float8`,
  uuid: (v) => sql`${v}::uuid`,
  text: (v) => sql`${v}::text`,
};

const VALID: Record<KeyKind, (v: KeyValue) => boolean> = {
  timestamp: (v) => isCursorTimestamp(v),
  int: (v) => Number.isInteger(v) && Math.abs(v as number) <= INT4_MAX,
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  uuid: (v) => typeof v === 'string' && isId(v),
  text: (v) => typeof v === 'string',
};

export const orderByOf = (order: KeysetOrder): SQL[] =>
  order.keys.map((k) => (order.dir === 'asc' ? asc(k.expr) : desc(k.expr)));

export function afterCursor(order: KeysetOrder, values: KeyBound[]): SQL {
  const columns = sql.join(
    order.keys.map((k) => sql`${k.expr}`),
    sql`, `,
  );
  const bound = sql.join(
    order.keys.map((k, i) => CASTS[k.kind](values[i] as KeyBound)),
    sql`, `,
  );
  return order.dir === 'asc' ? sql`(${columns}) > (${bound})` : sql`(${columns}) < (${bound})`;
}

/** The key values of a decoded cursor, checked against the order they must resume (else 400, never a SQL error). */
export function checkedKeys(order: KeysetOrder, values: readonly KeyValue[]): KeyValue[] {
  if (values.length !== order.keys.length || !order.keys.every((k, i) => VALID[k.kind](values[i] as KeyValue))) {
    throw invalid();
  }
  return [...values];
}

/** Newest first on (createdAt, id): the order of users, reviews, comments and wishlists. */
export const newestFirst = (createdAt: AnyPgColumn, id: AnyPgColumn): KeysetOrder => ({
  dir: 'desc',
  keys: [
    { expr: createdAt, kind: 'timestamp' },
    { expr: id, kind: 'uuid' },
  ],
});

/** The "after this cursor" condition for a cursor made of exactly the order's keys. */
const afterEncodedCursor = (order: KeysetOrder, cursor: string): SQL =>
  afterCursor(order, checkedKeys(order, decodeCursor(cursor, order.keys.length)));

/** A select that still takes its ORDER BY and LIMIT (any drizzle select after `.where()`). */
export interface OrderableQuery<R> {
  orderBy(...columns: SQL[]): { limit(count: number): PromiseLike<R[]> };
}

/**
 * Pages a query by a keyset order: the one way a domain pages (`{ items,
 * nextCursor }`, an opaque cursor). `query` builds the select with the
 * condition "after the cursor" (undefined on the first page: `and()` skips
 * it); keysetPage adds the order and fetches limit + 1 rows to know whether a
 * next page exists. `cursorOf` gives a row's values of the order's keys (Dates
 * allowed); `map` shapes a row for the answer.
 *
 *   const order = newestFirst(orders.createdAt, orders.id);
 *   return keysetPage(order, input,
 *     (after) => db.select().from(orders).where(and(eq(orders.userId, userId), after)),
 *     toOrder, (r) => [r.createdAt, r.id]);
 */
export async function keysetPage<R, T>(
  order: KeysetOrder,
  input: { limit: number; cursor?: string | null },
  query: (after: SQL | undefined) => OrderableQuery<R>,
  map: (row: R) => T,
  cursorOf: (row: R) => CursorValue[],
): Promise<Page<T>> {
  const after = input.cursor ? afterEncodedCursor(order, input.cursor) : undefined;
  const rows = await query(after)
    .orderBy(...orderByOf(order))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, map, cursorOf);
}
