import { AppError } from './errors';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the sort key of the last item. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      // NUL cannot reach PostgreSQL text: such a cursor was never ours.
      parsed.every((v) => (typeof v === 'string' && !v.includes('\u0000')) || typeof v === 'number')
    ) {
      return parsed;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new AppError('BAD_REQUEST', 'Invalid cursor');
}

/** A value of a cursor's key; a Date is written as its ISO string. */
export type CursorValue = string | number | Date;

/** Fetch limit + 1 rows, then call this: it trims the extra row and builds the next cursor. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => CursorValue[]): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(map),
    nextCursor: more && last ? encodeCursor(key(last).map((v) => (v instanceof Date ? v.toISOString() : v))) : null,
  };
}

const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * A timestamp as our cursors write it, and one PostgreSQL accepts: JavaScript
 * parses "2021-02-30" and the year 0000, PostgreSQL refuses both.
 */
export function isCursorTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value) || value.startsWith('0000')) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}
