import { describe, expect, it } from 'vitest';
import { editDistances, maxEdits } from './edit-distance';

const whole = (a: string, b: string) => editDistances(a, b).whole;

describe('editDistances', () => {
  it('counts a swap of adjacent letters as one edit', () => {
    expect(whole('keybaord', 'keyboard')).toBe(1);
    expect(whole('mosue', 'mouse')).toBe(1);
    expect(whole('headphnoes', 'headphones')).toBe(1);
  });

  it('counts inserts, deletes and substitutions', () => {
    expect(whole('labtop', 'laptop')).toBe(1);
    expect(whole('blutooth', 'bluetooth')).toBe(1);
    expect(whole('speakr', 'speaker')).toBe(1);
    expect(whole('mouse', 'house')).toBe(1);
    expect(whole('abcd', 'wxyz')).toBe(4);
  });

  it('also measures against the closest prefix of the known word', () => {
    expect(editDistances('hedph', 'headphones')).toEqual({ prefix: 1, whole: 5 });
    expect(editDistances('key', 'keyboard')).toEqual({ prefix: 0, whole: 5 });
    expect(editDistances('mosue', 'moselle')).toEqual({ prefix: 1, whole: 3 });
  });

  it('stops early above the budget', () => {
    expect(editDistances('abcdef', 'uvwxyz', 2)).toEqual({ prefix: 3, whole: 3 });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(whole('caf🎧', 'café')).toBe(1);
  });
});

describe('maxEdits', () => {
  it('allows none for short words, one up to 5 characters, two beyond', () => {
    expect([maxEdits('the'), maxEdits('mosue'), maxEdits('keybaord')]).toEqual([0, 1, 2]);
  });
});
