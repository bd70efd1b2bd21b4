import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('writes minor units in the currency’s own decimals', () => {
    expect(formatMoney(123456, 'usd')).toBe('$1,234.56');
    expect(formatMoney(5, 'eur')).toBe('€0.05');
    expect(formatMoney(1234, 'jpy')).toBe('¥1,234');
    expect(formatMoney(1000, 'kwd')).toBe('KWD 1.000');
  });
});
