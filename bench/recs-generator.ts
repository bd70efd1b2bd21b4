/**
 * A deterministic shop: seeded PRNG (mulberry32), so a seed gives the same
 * catalog, shoppers and purchases every run. Assumptions (see the README):
 * - CATEGORIES categories of PRODUCTS_PER_CATEGORY products; each product has
 *   a brand (BRANDS_PER_CATEGORY per category, a brand is a seller), a price
 *   band (0 cheap, 1 mid, 2 premium) and a long-tail popularity (Zipf, s = 1).
 * - Categories come in complementary pairs (2k, 2k + 1: lamps and bulbs); each
 *   product has 3 complements in the paired category, same price band.
 * - A shopper likes 2–3 categories, one price band and one brand per liked
 *   category. Each purchase: 35 % a complement of something they bought (when
 *   they have), else a product from a liked category (85 %) or any category,
 *   of their brand half the time, of their price band 70 % of the time, drawn
 *   by popularity. Nobody buys a product twice.
 * - Activity is long-tailed too: lines per user ~ geometric, mean LINES / USERS;
 *   orders of 1–3 lines spread over the last 365 days, in order.
 */
export const CATEGORIES = 20;
export const PRODUCTS_PER_CATEGORY = 100;
const BRANDS_PER_CATEGORY = 8;
const COMPLEMENT = 0.35;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid, deterministic uuid: kind 1 user, 2 product, 3 category, 4 order. */
export const uuidOf = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export interface GenProduct {
  index: number;
  category: number;
  brand: number;
  band: number;
  popularity: number;
  complements: number[];
  priceCents: number;
}

export interface GenLine {
  user: number;
  product: number;
  order: number;
  day: number;
}

export interface Shop {
  products: GenProduct[];
  users: number;
  brands: number;
  /** Every line, each user's in time order. */
  lines: GenLine[];
}

export function generateShop(seed: number, users: number, targetLines: number): Shop {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const products: GenProduct[] = [];
  for (let c = 0; c < CATEGORIES; c++) {
    const ranks = Array.from({ length: PRODUCTS_PER_CATEGORY }, (_, i) => i + 1).sort(() => rnd() - 0.5);
    for (let i = 0; i < PRODUCTS_PER_CATEGORY; i++) {
      const band = Math.floor(rnd() * 3);
      products.push({
        index: products.length,
        category: c,
        brand: c * BRANDS_PER_CATEGORY + Math.floor(rnd() * BRANDS_PER_CATEGORY),
        band,
        popularity: 1 / (ranks[i] as number),
        complements: [],
        priceCents: [1500, 6000, 20000][band] as number,
      });
    }
  }
  const byCategory = (c: number) => products.slice(c * PRODUCTS_PER_CATEGORY, (c + 1) * PRODUCTS_PER_CATEGORY);
  for (const p of products) {
    const pool = byCategory(p.category ^ 1).filter((q) => q.band === p.band);
    for (let k = 0; k < 3 && pool.length > 0; k++) p.complements.push(pick(pool).index);
  }
  const draw = (pool: GenProduct[]) => {
    const total = pool.reduce((s, p) => s + p.popularity, 0);
    let r = rnd() * total;
    for (const p of pool) {
      r -= p.popularity;
      if (r <= 0) return p;
    }
    return pool[pool.length - 1] as GenProduct;
  };
  const lines: GenLine[] = [];
  const meanLines = targetLines / users;
  let order = 0;
  for (let u = 0; u < users; u++) {
    const liked = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => Math.floor(rnd() * CATEGORIES));
    const band = Math.floor(rnd() * 3);
    const brandOf = new Map(liked.map((c) => [c, c * BRANDS_PER_CATEGORY + Math.floor(rnd() * BRANDS_PER_CATEGORY)]));
    const n = Math.max(2, Math.round(-Math.log(1 - rnd()) * meanLines));
    const bought = new Set<number>();
    const history: number[] = [];
    let day = Math.floor(rnd() * 60);
    while (history.length < n && day < 365) {
      const size = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < size && history.length < n; k++) {
        let p: GenProduct | undefined;
        for (let attempt = 0; attempt < 20 && (!p || bought.has(p.index)); attempt++) {
          if (history.length > 0 && rnd() < COMPLEMENT) {
            const from =
              products[history[history.length - 1 - Math.floor(rnd() * Math.min(3, history.length))] as number];
            p = products[pick(from?.complements ?? [0])];
            continue;
          }
          const c = rnd() < 0.85 ? pick(liked) : Math.floor(rnd() * CATEGORIES);
          let pool = byCategory(c);
          const ownBrand = pool.filter((q) => q.brand === brandOf.get(c));
          if (ownBrand.length > 0 && rnd() < 0.5) pool = ownBrand;
          const inBand = pool.filter((q) => q.band === band);
          if (inBand.length > 0 && rnd() < 0.7) pool = inBand;
          p = draw(pool);
        }
        if (!p || bought.has(p.index)) continue;
        bought.add(p.index);
        history.push(p.index);
        lines.push({ user: u, product: p.index, order, day });
      }
      order++;
      day += 1 + Math.floor(rnd() * (300 / Math.max(1, n / 2)));
    }
  }
  return { products, users, brands: CATEGORIES * BRANDS_PER_CATEGORY, lines };
}
