import { describe, expect, it } from 'vitest';
import { diverse } from './suggest';

const item = (id: string, categoryId: string) => ({ id, r: { categoryId } });

describe('diverse', () => {
  it('keeps at most ceil(limit / 2) per category while others have candidates', () => {
    const ranked = [
      item('a1', 'a'),
      item('a2', 'a'),
      item('a3', 'a'),
      item('a4', 'a'),
      item('b1', 'b'),
      item('c1', 'c'),
    ];
    expect(diverse(ranked, 4).map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'c1']);
    expect(diverse(ranked, 5).map((i) => i.id)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
  });

  it('fills from the skipped ones only when the other categories run out', () => {
    const ranked = [item('a1', 'a'), item('a2', 'a'), item('a3', 'a'), item('b1', 'b')];
    expect(diverse(ranked, 4).map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(diverse(ranked, 1).map((i) => i.id)).toEqual(['a1']);
  });
});
