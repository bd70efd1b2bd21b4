/** Unicode case folding without a locale: NFKC, then upper, then lower ("Straße" ~ "STRASSE" ~ "strasse"). */
export const categoryNameKey = (name: string): string => name.normalize('NFKC').toUpperCase().toLowerCase();

/** "Home & Garden" -> "home-garden"; accents folded, anything else becomes one dash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'category';
}
