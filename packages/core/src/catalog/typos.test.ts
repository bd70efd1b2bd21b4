import { describe, expect, it } from 'vitest';
import { closest } from './typos';

describe('closest', () => {
  it('prefers the whole word over a word that only begins one edit away', () => {
    expect(closest('keybaord', ['keyboarder', 'keyboard', 'keyboardist'])).toEqual(['keyboard']);
    expect(closest('mosue', ['moselle', 'mouse'])).toEqual(['mouse']);
  });

  it('between words equally far, prefers the same first letter, then the same letters (a swap)', () => {
    expect(closest('mosue', ['josue', 'mosque', 'mosul', 'mouse'])).toEqual(['mouse']);
  });

  it('keeps a prefix match for a partly typed word', () => {
    expect(closest('hedph', ['headphones', 'hedge'])).toEqual(['headphones']);
  });

  it('corrects nothing in a word of three characters or fewer, or beyond the budget', () => {
    expect(closest('teh', ['the'])).toEqual([]);
    expect(closest('mosue', ['mousse'])).toEqual([]);
  });

  it('lets only plain words through to the tsquery', () => {
    expect(closest('keybaord', ["keyboard'", 'key:board', 'keyboard'])).toEqual(['keyboard']);
  });
});
