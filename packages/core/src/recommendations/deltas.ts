import { ITEMS_PER_USER } from './model';

export interface Interest {
  product_id: string;
  weight: number;
}

export interface PairDelta {
  a: number;
  b: number;
  dot: number;
  support: number;
}

/** The ITEMS_PER_USER strongest interests, as the rebuild takes them (weight, then product id). */
function strongest(items: Interest[]): Interest[] {
  return [...items]
    .sort((x, y) => y.weight - x.weight || (x.product_id < y.product_id ? -1 : 1))
    .slice(0, ITEMS_PER_USER);
}

/**
 * What one user's change of interests adds to the co-occurrence sums: their
 * new pairs' products minus their old ones, both ways (a, b) and (b, a) as
 * stored, so the sums stay what a rebuild would count.
 */
export function pairDeltas(before: Interest[], after: Interest[], ix: Map<string, number>): PairDelta[] {
  const sums = new Map<string, PairDelta>();
  const add = (items: Interest[], sign: 1 | -1) => {
    const top = strongest(items).map((i) => ({ ix: ix.get(i.product_id) as number, w: i.weight }));
    for (const x of top) {
      for (const y of top) {
        if (x.ix === y.ix) continue;
        const key = `${x.ix}:${y.ix}`;
        const d = sums.get(key) ?? { a: x.ix, b: y.ix, dot: 0, support: 0 };
        d.dot += sign * x.w * y.w;
        d.support += sign;
        sums.set(key, d);
      }
    }
  };
  add(before, -1);
  add(after, 1);
  return [...sums.values()].filter((d) => d.support !== 0 || d.dot !== 0);
}

/** Per product: the change of its squared norm and of its user count. */
export function normDeltas(before: Interest[], after: Interest[]): Map<string, { sq: number; users: number }> {
  const out = new Map<string, { sq: number; users: number }>();
  for (const [items, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const i of items) {
      const d = out.get(i.product_id) ?? { sq: 0, users: 0 };
      d.sq += sign * i.weight * i.weight;
      d.users += sign;
      out.set(i.product_id, d);
    }
  }
  return out;
}
