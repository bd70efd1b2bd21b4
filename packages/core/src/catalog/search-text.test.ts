import { describe, expect, it } from 'vitest';
import { parseSearchText } from './search-text';

describe('parseSearchText', () => {
  it('makes every word a required prefix, and keeps the words for trigram similarity', () => {
    expect(parseSearchText('Wireless Headph')).toEqual({
      tsquery: 'wireless:* & headph:*',
      trigram: 'wireless headph',
    });
  });

  it('keeps only letters, marks and digits, so no tsquery syntax gets through', () => {
    expect(parseSearchText(`foo & bar | !baz:* 'quux' \\ (4k)`)?.tsquery).toBe('foo:* & bar:* & baz:* & quux:* & 4k:*');
  });

  it('answers null when no word is left', () => {
    expect(parseSearchText('  &|!:*() ')).toBeNull();
    expect(parseSearchText('')).toBeNull();
  });

  it('normalizes (NFKC, lower case) and keeps letters beyond ASCII', () => {
    expect(parseSearchText('ＦＵＬＬ Café')?.trigram).toBe('full café');
  });

  it('caps the number of words and the length of each', () => {
    const text = parseSearchText(`${'a '.repeat(20)}${'b'.repeat(100)}`);
    expect(text?.trigram.split(' ')).toHaveLength(8);
    const long = parseSearchText('x'.repeat(100));
    expect(long?.trigram).toBe('x'.repeat(40));
  });
});
