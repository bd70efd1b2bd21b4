import { describe, expect, it } from 'vitest';
import { httpUrl, strictInt, text } from './text';

describe('text limits', () => {
  const name = text(1, 5, { trim: true });
  const body = text(0, 5);

  it('counts Unicode code points, as PostgreSQL does (an emoji is one)', () => {
    expect(name.safeParse('😀😀😀😀😀').success).toBe(true);
    expect(name.safeParse('😀😀😀😀😀😀').success).toBe(false);
    expect(name.safeParse('abcdef').success).toBe(false);
  });

  it('trims names, keeps bodies as sent', () => {
    expect(name.parse('  ab  ')).toBe('ab');
    expect(body.parse('  ab ')).toBe('  ab ');
  });

  it('refuses empty names and NUL characters', () => {
    expect(name.safeParse('   ').success).toBe(false);
    expect(body.safeParse('').success).toBe(true);
    expect(body.safeParse('a\u0000b').success).toBe(false);
  });
});

describe('httpUrl', () => {
  it('takes absolute http(s) URLs only', () => {
    expect(httpUrl.safeParse('https://img.example/a.png').success).toBe(true);
    expect(httpUrl.safeParse('javascript:alert(1)').success).toBe(false);
    expect(httpUrl.safeParse('/relative.png').success).toBe(false);
  });
});

describe('strictInt', () => {
  it('is a strict JSON integer within its range', () => {
    const qty = strictInt(1, 5);
    expect(qty.safeParse(3).success).toBe(true);
    expect(qty.safeParse('3').success).toBe(false);
    expect(qty.safeParse(2.5).success).toBe(false);
    expect(qty.safeParse(6).success).toBe(false);
  });
});
