import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkedKeys, type KeysetOrder } from './keyset';

const order: KeysetOrder = {
  dir: 'desc',
  keys: [
    { expr: sql`created_at`, kind: 'timestamp' },
    { expr: sql`rating`, kind: 'float' },
    { expr: sql`count`, kind: 'int' },
    { expr: sql`id`, kind: 'uuid' },
  ],
};
const id = '0b7c6f1e-3f4a-4c2e-9d1b-2a3b4c5d6e7f';

describe('checkedKeys', () => {
  it('accepts values of the kinds the order expects', () => {
    expect(checkedKeys(order, ['2024-01-02T03:04:05.678Z', 4.5, 12, id])).toEqual([
      '2024-01-02T03:04:05.678Z',
      4.5,
      12,
      id,
    ]);
  });

  it.each([
    ['too few values', ['2024-01-02T03:04:05.678Z', 4.5, 12]],
    ['a date PostgreSQL refuses', ['2021-02-29T00:00:00.000Z', 4.5, 12, id]],
    ['a non-finite float', ['2024-01-02T03:04:05.678Z', Number.POSITIVE_INFINITY, 12, id]],
    ['an int beyond integer', ['2024-01-02T03:04:05.678Z', 4.5, 2 ** 31, id]],
    ['a fractional int', ['2024-01-02T03:04:05.678Z', 4.5, 1.5, id]],
    ['an id that is not a uuid', ['2024-01-02T03:04:05.678Z', 4.5, 12, 'x']],
  ])('refuses %s with a 400, before any SQL', (_, values) => {
    expect(() => checkedKeys(order, values as (string | number)[])).toThrow('Invalid cursor');
  });
});
