import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { decodeCursor, encodeCursor, isCursorTimestamp, toPage } from './pagination';

const invalid = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError && err.code === 'BAD_REQUEST' && err.message === 'Invalid cursor';
  }
  return false;
};

describe('cursors', () => {
  it('round-trip strings and numbers as an opaque base64url string', () => {
    const cursor = encodeCursor(['2024-01-02T03:04:05.678Z', 42, 'é']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 3)).toEqual(['2024-01-02T03:04:05.678Z', 42, 'é']);
  });

  it('refuses, as a 400, a cursor of another arity, not ours, or carrying NUL', () => {
    expect(invalid(() => decodeCursor(encodeCursor(['a', 1]), 3))).toBe(true);
    expect(invalid(() => decodeCursor('not a cursor!', 1))).toBe(true);
    expect(invalid(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 1))).toBe(true);
    expect(invalid(() => decodeCursor(Buffer.from('[true]').toString('base64url'), 1))).toBe(true);
    expect(invalid(() => decodeCursor(encodeCursor(['a\u0000']), 1))).toBe(true);
  });
});

describe('isCursorTimestamp', () => {
  it('accepts exactly what toISOString writes', () => {
    expect(isCursorTimestamp('2024-01-02T03:04:05.678Z')).toBe(true);
    expect(isCursorTimestamp('2024-01-02T03:04:05Z')).toBe(false);
    expect(isCursorTimestamp(1_700_000_000_000)).toBe(false);
  });

  it('refuses dates PostgreSQL would refuse', () => {
    expect(isCursorTimestamp('2021-02-29T00:00:00.000Z')).toBe(false);
    expect(isCursorTimestamp('0000-01-01T00:00:00.000Z')).toBe(false);
  });
});

describe('toPage', () => {
  const rows = [1, 2, 3].map((n) => ({ n, at: new Date(Date.UTC(2024, 0, n)) }));

  it('trims the extra row and makes a cursor of the last kept one (Dates as ISO strings)', () => {
    const page = toPage(
      rows,
      2,
      (r) => r.n,
      (r) => [r.at, r.n],
    );
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor ?? '', 2)).toEqual(['2024-01-02T00:00:00.000Z', 2]);
  });

  it('has no next cursor on the last page', () => {
    expect(
      toPage(
        rows,
        3,
        (r) => r.n,
        (r) => [r.n],
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
  });
});
