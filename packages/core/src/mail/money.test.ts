import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('writes minor units in the currency’s own decimals', () => {
    expect(formatMoney(123456, 'usd')).toBe('$1,234.56');
    expect(formatMoney(5, 'eur')).toBe('€0.05');
    expect(formatMoney(1234, 'jpy')).toBe('¥1,234');
    // Intl puts a no-break space between a code and the amount.
    expect(formatMoney(1000, 'kwd').replace(/\u00a0/g, ' ')).toBe('KWD 1.000');
  });
});
