import { describe, expect, it } from 'vitest';
import { isoOfTimestamp } from './timestamp-text';

describe('isoOfTimestamp', () => {
  it('writes what Date#toISOString writes, for every fraction length', () => {
    const cases = [
      '2026-12-01 16:18:39+00',
      '2026-12-01 16:18:39.1+00',
      '2026-12-01 16:18:39.12+00',
      '2026-12-01 16:18:39.123+00',
      '2026-12-01 16:18:39.1234+00',
      '2026-12-01 16:18:39.999999+00',
      '1999-01-01 00:00:00.000001+00',
    ];
    for (const text of cases) expect(isoOfTimestamp(text), text).toBe(new Date(text).toISOString());
  });

  it('matches Date on random instants with random fractions', () => {
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor(Math.random() * 4e12);
      const digits = i % 7;
      const micros = String(Math.floor(Math.random() * 1e6))
        .padStart(6, '0')
        .slice(0, digits);
      const text = `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}${digits ? `.${micros}` : ''}+00`;
      expect(isoOfTimestamp(text), text).toBe(new Date(text).toISOString());
    }
  });

  it('goes through Date for another zone', () => {
    expect(isoOfTimestamp('2026-12-01 17:18:39.5+01')).toBe('2026-12-01T16:18:39.500Z');
    expect(isoOfTimestamp('2026-12-01 21:48:39+05:30')).toBe('2026-12-01T16:18:39.000Z');
  });
});
