import { auth, recommendations } from '@mercato/core';
import { createDb } from '@mercato/db';
import { load } from './load-run';
import { generateShop, uuidOf } from './recs-generator';
import { loadShop } from './recs-load';
import { markdownTable, openScratchDatabase } from './scratch-db';
import { drive, percentile, round, startServerProcess } from './server-process';

/**
 * `pnpm bench:recs-latency`: the recommendation model at 1 000 000 order
 * lines (50 000 shoppers of the `bench:recs` generator, seed 1): full rebuild
 * time, the incremental job's time for fresh orders, the latency of
 * GET /api/checkout/suggestions through the real server process (with
 * /healthz and GET /api/users/me, an authenticated one-row read, as
 * baselines in the same run), and the endpoint while a rebuild runs.
 * After the rebuild every shopper's list is built (the nightly lists job).
 * Load: autocannon for RECS_SECONDS a measure, each request with the access
 * token of the next of 5 000 shoppers (signed beforehand, as login would have).
 */
const USERS = Number(process.env.RECS_USERS ?? 50_000);
const LINES = Number(process.env.RECS_LINES ?? 1_000_000);
const SECONDS = Number(process.env.RECS_SECONDS ?? 8);
const SHOPPERS = 5_000;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const NOW = new Date();

async function main() {
  const shop = generateShop(1, USERS, LINES);
  const scratch = await openScratchDatabase('recslat', { migrate: true });
  const database = createDb(scratch.url, { max: 2 });
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    let t = performance.now();
    await loadShop(database.pool, shop, shop.lines, NOW);
    process.stderr.write(`loaded ${shop.lines.length} lines in ${round((performance.now() - t) / 1000)} s\n`);
    const built = await recommendations.rebuildModel(database.db, NOW);
    process.stderr.write(`rebuilt: ${JSON.stringify(built)}\n`);
    const lists = await recommendations.buildAllLists(database.db);
    process.stderr.write(`lists: ${JSON.stringify(lists)}\n`);

    // Incremental: 100 fresh paid orders of 3 lines, one job each.
    const updates: number[] = [];
    for (let i = 0; i < 100; i++) {
      const orderId = uuidOf(4, 50_000_000 + i);
      const user = uuidOf(1, (i * 7919) % USERS);
      await database.pool.query(
        `INSERT INTO orders (id, user_id, status, payment_status, total_cents, currency, address, hold_expires_at, paid_at)
         VALUES ($1, $2, 'paid', 'paid', 3, 'usd', '{}'::jsonb, now(), now())`,
        [orderId, user],
      );
      const products = [0, 1, 2].map((k) => uuidOf(2, (i * 31 + k * 677) % shop.products.length));
      await database.pool.query(
        `INSERT INTO order_items (order_id, product_id, name, unit_price_cents, quantity, line_total_cents)
         SELECT $1, p, 'P', 1, 1, 1 FROM unnest($2::uuid[]) AS p`,
        [orderId, products],
      );
      t = performance.now();
      await recommendations.updateForOrder(database.db, orderId, NOW);
      updates.push(performance.now() - t);
    }

    process.stderr.write(`incremental p50 ${percentile(updates, 50)} p95 ${percentile(updates, 95)} ms\n`);
    server = await startServerProcess({ DATABASE_URL: scratch.url, NODE_ENV: 'production', JWT_SECRET });
    const key = new TextEncoder().encode(JWT_SECRET);
    const token = (u: number) => auth.signAccessToken(key, { sub: uuidOf(1, u), role: 'customer' }, 3_600, new Date());
    const base = server.url;
    const tokens = Array.from({ length: SHOPPERS }, (_, i) => `Bearer ${token((i * 104_729) % USERS)}`);
    const call =
      (i: number, query: string, path = '/api/checkout/suggestions') =>
      async () => {
        const res = await fetch(`${base}${path}${query}`, {
          headers: { authorization: tokens[i % SHOPPERS] as string },
        });
        if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      };
    await drive(300, 10, (i) => call(i, '?limit=10')()); // warm-up: every pooled connection prepares its statement
    const rows: (string | number)[][] = [];
    for (const [label, query, connections, path] of [
      ['GET /healthz (baseline)', '', 10, '/healthz'],
      ['GET /api/users/me (baseline: auth + one row)', '', 10, '/api/users/me'],
      ['suggestions, history, limit 10 (from the list)', '?limit=10', 1, undefined],
      ['suggestions, history, limit 10 (from the list)', '?limit=10', 4, undefined],
      ['suggestions, history, limit 10 (from the list)', '?limit=10', 10, undefined],
      [
        'suggestions, history + productId context, limit 5 (partners, then the list)',
        `?limit=5&productId=${uuidOf(2, 5)}`,
        10,
        undefined,
      ],
    ] as const) {
      const run = await load(`${base}${path ?? '/api/checkout/suggestions'}${query}`, {
        seconds: SECONDS,
        connections,
        headersFor: (i) => ({ authorization: tokens[i % SHOPPERS] as string }),
      });
      if (run.non2xx || run.errors) throw new Error(`${label}: ${run.non2xx} non-2xx, ${run.errors} errors`);
      rows.push([label, connections, run.p50, run.p95, run.reqPerSec]);
    }
    // Reads while the nightly rebuild runs (in this process, on its own connection).
    const during: number[] = [];
    const slow: string[] = [];
    let rebuilding = true;
    const t0 = performance.now();
    const rebuild = recommendations.rebuildModel(database.db, NOW).finally(() => {
      rebuilding = false;
    });
    await drive(1_000_000, 4, async (i) => {
      if (!rebuilding) return;
      const s = performance.now();
      await call(i, '?limit=10')();
      const ms = performance.now() - s;
      during.push(ms);
      if (ms > 100) slow.push(`${round(ms, 0)} ms at ${round((s - t0) / 1000)} s`);
    });
    const again = await rebuild;
    process.stderr.write(
      `rebuild while serving: ${JSON.stringify(again)}; requests over 100 ms: ${slow.join(', ') || 'none'}\n`,
    );
    rows.push([
      `suggestions during a rebuild (${round(again.ms / 1000)} s), ${during.length} requests, max ${round(Math.max(...during))} ms`,
      4,
      round(percentile(during, 50)),
      round(percentile(during, 95)),
      round((during.length / again.ms) * 1000, 0),
    ]);
    // Cart pages: each shopper of the tokens with one cart line, the context of their suggestions.
    const shoppers = tokens.map((_, i) => uuidOf(1, (i * 104_729) % USERS));
    await database.pool.query(
      'INSERT INTO cart_items (user_id, product_id, quantity) SELECT u, p, 1 FROM unnest($1::uuid[], $2::uuid[]) AS t(u, p)',
      [shoppers, shoppers.map((_, n) => uuidOf(2, (n * 13) % shop.products.length))],
    );
    const carts = await load(`${base}/api/checkout/suggestions?limit=10`, {
      seconds: SECONDS,
      connections: 10,
      headersFor: (i) => ({ authorization: tokens[i % SHOPPERS] as string }),
    });
    if (carts.non2xx || carts.errors)
      throw new Error(`cart suggestions: ${carts.non2xx} non-2xx, ${carts.errors} errors`);
    rows.push([
      'suggestions, history + one cart line, limit 10 (partners, then the list)',
      10,
      carts.p50,
      carts.p95,
      carts.reqPerSec,
    ]);
    console.log(
      `\n### ${USERS} users, ${shop.lines.length} order lines, ${shop.products.length} products, ${scratch.label}\n`,
    );
    console.log(
      markdownTable(
        ['measure', 'value'],
        [
          [
            'full rebuild',
            `${round(built.ms / 1000)} s (${built.userItems} interests, ${built.cooccurrences} co-occurrences, ${built.pairs} pairs)`,
          ],
          ['lists of every shopper, after the rebuild', `${round(lists.ms / 1000)} s (${lists.users} shoppers)`],
          [
            "incremental job (3-line order, with the buyer's list) p50 / p95",
            `${round(percentile(updates, 50))} / ${round(percentile(updates, 95))} ms`,
          ],
        ],
      ),
    );
    console.log(`\nGET /api/checkout/suggestions, ${SECONDS} s each (autocannon), over HTTP to the server process:\n`);
    console.log(markdownTable(['request', 'connections', 'p50 ms', 'p95 ms', 'req/s'], rows));
  } finally {
    await server?.stop();
    await database.close();
    await scratch.close();
  }
}

await main();
