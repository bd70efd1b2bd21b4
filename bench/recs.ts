import { recommendations } from '@mercato/core';
import { createDb } from '@mercato/db';
import { CATEGORIES, generateShop, PRODUCTS_PER_CATEGORY, type Shop, uuidOf } from './recs-generator';
import { loadShop } from './recs-load';
import { markdownTable, openScratchDatabase } from './scratch-db';

/**
 * `pnpm bench:recs`: offline evaluation of the recommendations. Each user's
 * last purchase is held out; the model is built by the server's own rebuild
 * over the rest and asked through the server's own `suggest` (limit 10; @5 is
 * its first five). Baselines: `popular` (most buyers, excluding what the user
 * bought) and `your categories` (products of the categories the user bought
 * from, by popularity). The model's parameters are fixed in model.ts.
 */
const USERS = Number(process.env.RECS_USERS ?? 5_000);
const LINES = Number(process.env.RECS_LINES ?? 100_000);
const EVAL_USERS = Number(process.env.RECS_EVAL_USERS ?? 2_000);
const SEEDS = (process.env.RECS_SEEDS ?? '1,2').split(',').map(Number);
const NOW = new Date('2026-06-01T00:00:00Z');

interface Metrics {
  hr5: number;
  hr10: number;
  ndcg10: number;
  seen: Set<string>;
}

const empty = (): Metrics => ({ hr5: 0, hr10: 0, ndcg10: 0, seen: new Set() });

function score(m: Metrics, list: string[], target: string) {
  for (const id of list) m.seen.add(id);
  const rank = list.slice(0, 10).indexOf(target);
  if (rank >= 0 && rank < 5) m.hr5++;
  if (rank >= 0) {
    m.hr10++;
    m.ndcg10 += 1 / Math.log2(rank + 2);
  }
}

function split(shop: Shop) {
  const last = new Map<number, number>();
  for (const [i, l] of shop.lines.entries()) last.set(l.user, i);
  const heldOut = new Map<number, number>();
  const heldOrder = new Map<number, number>();
  const train = shop.lines.filter((l, i) => {
    if (last.get(l.user) !== i) return true;
    heldOut.set(l.user, l.product);
    heldOrder.set(l.user, l.order);
    return false;
  });
  return { train, heldOut, heldOrder };
}

/** Per order, its products in the training lines (in line order). */
function orderProducts(train: Shop['lines']): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const l of train) out.set(l.order, [...(out.get(l.order) ?? []), l.product]);
  return out;
}

async function evaluate(seed: number) {
  const shop = generateShop(seed, USERS, LINES);
  const { train, heldOut, heldOrder } = split(shop);
  const inOrder = orderProducts(train);
  const scratch = await openScratchDatabase(`recs${seed}`, { migrate: true });
  const database = createDb(scratch.url, { max: 2 });
  try {
    let t = performance.now();
    await loadShop(database.pool, shop, train, NOW);
    const loadMs = performance.now() - t;
    const built = await recommendations.rebuildModel(database.db, NOW);
    const buyers = new Map<number, number>();
    const history = new Map<number, Set<number>>();
    for (const l of train) {
      buyers.set(l.product, (buyers.get(l.product) ?? 0) + 1);
      const h = history.get(l.user) ?? new Set<number>();
      h.add(l.product);
      history.set(l.user, h);
    }
    const byPopularity = [...shop.products].sort(
      (a, b) => (buyers.get(b.index) ?? 0) - (buyers.get(a.index) ?? 0) || a.index - b.index,
    );
    const m = { popular: empty(), categories: empty(), ours: empty() };
    // "Bought together": the context is the product bought last before the held-out one in its order.
    const together = { sameCategory: empty(), oursAlone: empty(), oursInContext: empty() };
    let inContext = 0;
    const users = [...heldOut.keys()].filter((u) => (history.get(u)?.size ?? 0) > 0);
    const step = Math.max(1, Math.floor(users.length / EVAL_USERS));
    const sample = users.filter((_, i) => i % step === 0).slice(0, EVAL_USERS);
    const latencies: number[] = [];
    for (const u of sample) {
      const mine = history.get(u) ?? new Set<number>();
      const target = uuidOf(2, heldOut.get(u) as number);
      const notMine = byPopularity.filter((p) => !mine.has(p.index));
      score(
        m.popular,
        notMine.slice(0, 10).map((p) => uuidOf(2, p.index)),
        target,
      );
      const cats = new Set([...mine].map((p) => shop.products[p]?.category));
      score(
        m.categories,
        notMine
          .filter((p) => cats.has(p.category))
          .slice(0, 10)
          .map((p) => uuidOf(2, p.index)),
        target,
      );
      t = performance.now();
      const got = await recommendations.suggest(database.db, 'usd', uuidOf(1, u), { limit: 10 });
      latencies.push(performance.now() - t);
      score(
        m.ours,
        got.items.map((i) => i.id),
        target,
      );
      const ctx = inOrder.get(heldOrder.get(u) as number)?.at(-1);
      if (ctx === undefined) continue;
      inContext++;
      const ctxCategory = shop.products[ctx]?.category;
      score(
        together.sameCategory,
        notMine
          .filter((p) => p.category === ctxCategory && p.index !== ctx)
          .slice(0, 10)
          .map((p) => uuidOf(2, p.index)),
        target,
      );
      score(
        together.oursAlone,
        got.items.map((i) => i.id),
        target,
      );
      const withContext = await recommendations.suggest(database.db, 'usd', uuidOf(1, u), {
        limit: 10,
        productId: uuidOf(2, ctx),
      });
      score(
        together.oursInContext,
        withContext.items.map((i) => i.id),
        target,
      );
    }
    latencies.sort((a, b) => a - b);
    const catalog = CATEGORIES * PRODUCTS_PER_CATEGORY;
    const rowsOf = (ms: Record<string, Metrics>, names: Record<string, string>, n: number) =>
      Object.entries(ms).map(([name, r]) => [
        names[name] ?? name,
        `${((r.hr5 / n) * 100).toFixed(1)} %`,
        `${((r.hr10 / n) * 100).toFixed(1)} %`,
        (r.ndcg10 / n).toFixed(4),
        `${((r.seen.size / catalog) * 100).toFixed(1)} %`,
      ]);
    const rows = rowsOf(m, { categories: 'your categories' }, sample.length);
    console.log(
      `\n### seed ${seed}: ${USERS} users, ${shop.lines.length} lines (${train.length} trained), ` +
        `${shop.products.length} products, ${sample.length} users evaluated, ${scratch.label}\n`,
    );
    console.log(markdownTable(['strategy', 'HitRate@5', 'HitRate@10', 'NDCG@10', 'coverage'], rows));
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '∞');
    console.log(
      `\nHitRate@10 ours / your categories = ${ratio(m.ours.hr10, m.categories.hr10)}×, ` +
        `ours / popular = ${ratio(m.ours.hr10, m.popular.hr10)}×; load ${(loadMs / 1000).toFixed(1)} s, ` +
        `rebuild ${(built.ms / 1000).toFixed(1)} s (${built.pairs} pairs), suggest p50 ` +
        `${latencies[Math.floor(latencies.length * 0.5)]?.toFixed(1)} ms p95 ${latencies[Math.floor(latencies.length * 0.95)]?.toFixed(1)} ms (in-process)`,
    );
    console.log(
      `\n"Bought together": ${inContext} of those users, whose held-out product shared its order with ` +
        'an earlier one; the context is the product bought just before it in that order.\n',
    );
    console.log(
      markdownTable(
        ['strategy', 'HitRate@5', 'HitRate@10', 'NDCG@10', 'coverage'],
        rowsOf(
          together,
          {
            sameCategory: "popular in the context's category",
            oursAlone: 'ours, without the context',
            oursInContext: 'ours, with the context (productId)',
          },
          inContext,
        ),
      ),
    );
  } finally {
    await database.close();
    await scratch.close();
  }
}

for (const seed of SEEDS) await evaluate(seed);
