import { describe, expect, it } from 'vitest';
import { editDistance, maxEdits } from './edit-distance';

describe('editDistance', () => {
  it('counts a swap of adjacent letters as one edit', () => {
    expect(editDistance('keybaord', 'keyboard')).toBe(1);
    expect(editDistance('mosue', 'mouse')).toBe(1);
    expect(editDistance('headphnoes', 'headphones')).toBe(1);
  });

  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('labtop', 'laptop')).toBe(1);
    expect(editDistance('blutooth', 'bluetooth')).toBe(1);
    expect(editDistance('speakr', 'speaker')).toBe(1);
    expect(editDistance('mouse', 'house')).toBe(1);
    expect(editDistance('abcd', 'wxyz')).toBe(4);
  });

  it('measures against the best prefix of the known word', () => {
    expect(editDistance('hedph', 'headphones')).toBe(1);
    expect(editDistance('key', 'keyboard')).toBe(0);
  });

  it('stops early above the budget', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(editDistance('caf🎧', 'café')).toBe(1);
  });
});

describe('maxEdits', () => {
  it('allows none for short words, one up to 5 characters, two beyond', () => {
    expect([maxEdits('the'), maxEdits('mosue'), maxEdits('keybaord')]).toEqual([0, 1, 2]);
  });
});
