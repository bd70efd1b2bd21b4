import { describe, expect, it } from 'vitest';
import { categoryNameKey, slugify } from './category-name';

describe('slugify', () => {
  it('lower-cases and joins words with one dash', () => {
    expect(slugify('Home & Garden')).toBe('home-garden');
    expect(slugify('  Phones -- & -- Wearables  ')).toBe('phones-wearables');
  });

  it('folds accents', () => {
    expect(slugify('Café Crème Brûlée')).toBe('cafe-creme-brulee');
  });

  it('falls back to "category" when nothing is left', () => {
    expect(slugify('!!!')).toBe('category');
    expect(slugify('日本')).toBe('category');
  });

  it('stays within 80 characters and never ends with a dash', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('categoryNameKey', () => {
  it('folds case beyond ASCII, without a locale', () => {
    expect(categoryNameKey('Straße')).toBe(categoryNameKey('STRASSE'));
    expect(categoryNameKey('ÉLAN')).toBe(categoryNameKey('élan'));
  });

  it('normalizes compatibility forms (NFKC)', () => {
    expect(categoryNameKey('ﬁne')).toBe('fine');
  });

  it('keeps different names apart', () => {
    expect(categoryNameKey('Audio')).not.toBe(categoryNameKey('Audios'));
  });
});
