import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../shared/errors';
import { isId } from '../shared/ids';
import { decodeCursor, isCursorTimestamp } from '../shared/pagination';

export type KeyKind = 'timestamp' | 'int' | 'float' | 'uuid';
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

const INT4_MAX = 2_147_483_647;
const invalid = () => new AppError('BAD_REQUEST', 'Invalid cursor');

const CASTS: Record<KeyKind, (v: KeyValue) => SQL> = {
  timestamp: (v) => sql`${v}::timestamptz`,
  int: (v) => sql`${v}::integer`,
  float: (v) => sql`${v}::float8`,
  uuid: (v) => sql`${v}::uuid`,
};

const VALID: Record<KeyKind, (v: KeyValue) => boolean> = {
  timestamp: (v) => isCursorTimestamp(v),
  int: (v) => Number.isInteger(v) && Math.abs(v as number) <= INT4_MAX,
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  uuid: (v) => typeof v === 'string' && isId(v),
};

export const orderByOf = (order: KeysetOrder): SQL[] =>
  order.keys.map((k) => (order.dir === 'asc' ? asc(k.expr) : desc(k.expr)));

export function afterCursor(order: KeysetOrder, values: KeyValue[]): SQL {
  const columns = sql.join(
    order.keys.map((k) => sql`${k.expr}`),
    sql`, `,
  );
  const bound = sql.join(
    order.keys.map((k, i) => CASTS[k.kind](values[i] as KeyValue)),
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

/** Newest first on (createdAt, id): the order of reviews, comments and wishlists. */
export const newestFirst = (createdAt: AnyPgColumn, id: AnyPgColumn): KeysetOrder => ({
  dir: 'desc',
  keys: [
    { expr: createdAt, kind: 'timestamp' },
    { expr: id, kind: 'uuid' },
  ],
});

/** The "after this cursor" condition for a cursor made of exactly the order's keys. */
export const afterEncodedCursor = (order: KeysetOrder, cursor: string): SQL =>
  afterCursor(order, checkedKeys(order, decodeCursor(cursor, order.keys.length)));
