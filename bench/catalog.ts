// Catalog read latency on a seeded table, against a real server process:
// GET /api/search and GET /api/products with one client, and the same search
// as a plain ILIKE scan in SQL for comparison.
//   pnpm --filter @mercato/bench exec tsx catalog.ts [--products 100000] [--word headphones]
// DATABASE_URL (any database of a PostgreSQL server) picks the server; a scratch
// database is created there and dropped afterwards. Without it, an embedded PostgreSQL.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { catalog } from '@mercato/core';
import { seedProducts } from '@mercato/core/seed';
import { createDb, type Database } from '@mercato/db';
import { openScratchDatabase } from './scratch-db';
import { drive, percentile, round, startServerProcess } from './server-process';

const REQUESTS = 200;
const WARMUP = 20;

const { values } = parseArgs({ options: { products: { type: 'string' }, word: { type: 'string' } } });
const N = Number(values.products ?? 100_000);
const WORD = values.word ?? 'headphones';

async function timeSql(pool: Database['pool'], text: string, params: unknown[]) {
  for (let i = 0; i < WARMUP; i++) await pool.query(text, params);
  return drive(REQUESTS, 1, async () => {
    await pool.query(text, params);
  });
}

async function timeHttp(url: string) {
  const get = async () => {
    const res = await fetch(url);
    const body = (await res.json()) as { items?: unknown[]; result?: { data?: { items?: unknown[] } } };
    const items = body.items ?? body.result?.data?.items;
    if (res.status !== 200 || !items) throw new Error(`${url}: ${res.status}`);
    return items.length;
  };
  const items = await get();
  for (let i = 1; i < WARMUP; i++) await get();
  return { ...(await drive(REQUESTS, 1, async () => void (await get()))), items };
}

async function main() {
  const scratch = await openScratchDatabase('catalog', { migrate: true });
  const { url } = scratch;
  const database = createDb(url, { max: 8 });
  try {
    const { db, pool } = database;
    const seeded = await seedProducts(db, N, (done, total, phase) => {
      process.stderr.write(`\rseeding ${done}/${total} ${phase}\u001b[K`);
    });
    process.stderr.write('\n');
    const analyzeStarted = performance.now();
    await pool.query('ANALYZE products');
    const analyzeMs = performance.now() - analyzeStarted;

    // Production mode: trpc-to-openapi re-validates the whole router on every REST request otherwise.
    const server = await startServerProcess({
      DATABASE_URL: url,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    });
    let http: Record<string, Awaited<ReturnType<typeof timeHttp>>>;
    try {
      http = {
        [`GET /api/search?q=${WORD}`]: await timeHttp(`${server.url}/api/search?q=${encodeURIComponent(WORD)}`),
        'GET /api/products?limit=20': await timeHttp(`${server.url}/api/products?limit=20`),
        [`GET /api/search?q=${WORD.slice(0, 6)} (prefix)`]: await timeHttp(
          `${server.url}/api/search?q=${encodeURIComponent(WORD.slice(0, 6))}`,
        ),
        [`GET /api/search?q=${WORD.slice(0, 1)}${WORD.slice(2)} (typo)`]: await timeHttp(
          `${server.url}/api/search?q=${encodeURIComponent(WORD.slice(0, 1) + WORD.slice(2))}`,
        ),
        'same list through tRPC: GET /trpc/products.list': await timeHttp(
          `${server.url}/trpc/products.list?input=${encodeURIComponent(JSON.stringify({ limit: 20 }))}`,
        ),
        'baseline: GET /healthz': await (async () => {
          const r = await drive(REQUESTS, 1, async () => {
            await (await fetch(`${server.url}/healthz`)).arrayBuffer();
          });
          return { ...r, items: 0 };
        })(),
      };
    } finally {
      await server.stop();
    }

    const plan = catalog.planSearch(db, { q: WORD, limit: 20 });
    if (!plan) throw new Error('no plan');
    const fts = plan.query.toSQL();
    const pattern = `%${WORD}%`;
    const ilikeWhere = `p.deleted_at IS NULL AND (p.name ILIKE $1 OR p.description ILIKE $1 OR c.name ILIKE $1)`;
    const sqlRuns = {
      'full-text query of /api/search (relevance, GIN)': await timeSql(pool, fts.sql, fts.params),
      "ILIKE '%word%' ranked like search (name matches first)": await timeSql(
        pool,
        `SELECT p.id, p.name FROM products p JOIN categories c ON c.id = p.category_id WHERE ${ilikeWhere}
         ORDER BY (p.name ILIKE $1) DESC, p.created_at DESC, p.id DESC LIMIT 21`,
        [pattern],
      ),
      "ILIKE '%word%' newest first (stops at 21 matches)": await timeSql(
        pool,
        `SELECT p.id, p.name FROM products p JOIN categories c ON c.id = p.category_id WHERE ${ilikeWhere}
         ORDER BY p.created_at DESC, p.id DESC LIMIT 21`,
        [pattern],
      ),
    };
    const matches = (
      await pool.query(
        `SELECT count(*)::int AS n FROM products p JOIN categories c ON c.id = p.category_id WHERE ${ilikeWhere}`,
        [pattern],
      )
    ).rows[0].n;

    console.log(
      `\n${N.toLocaleString('en-US')} products on ${scratch.label}; ${availableParallelism()} cores; ` +
        `${REQUESTS} sequential requests per row after ${WARMUP} warm-up; "${WORD}" matches ${matches} products (ILIKE)\n`,
    );
    console.log('| seeding | value |');
    console.log('| --- | --- |');
    console.log(
      `| ${N.toLocaleString('en-US')} products${seeded.bulk ? ' (bulk load)' : ''} | ${round(seeded.ms / 1000, 2)} s, ${Math.round(N / (seeded.ms / 1000)).toLocaleString('en-US')} rows/s |`,
    );
    console.log(`| ANALYZE afterwards | ${Math.round(analyzeMs)} ms |`);
    console.log('\n| HTTP, one client | items | p50 | p95 |');
    console.log('| --- | --- | --- | --- |');
    for (const [label, r] of Object.entries(http)) {
      console.log(
        `| ${label} | ${r.items} | ${round(percentile(r.latencies, 50), 2)} ms | ${round(percentile(r.latencies, 95), 2)} ms |`,
      );
    }
    const base = percentile(sqlRuns['full-text query of /api/search (relevance, GIN)'].latencies, 50);
    console.log('\n| SQL only, same search | p50 | p95 | p50 ratio to full-text |');
    console.log('| --- | --- | --- | --- |');
    for (const [label, r] of Object.entries(sqlRuns)) {
      const p50 = percentile(r.latencies, 50);
      console.log(
        `| ${label} | ${round(p50, 2)} ms | ${round(percentile(r.latencies, 95), 2)} ms | ${round(p50 / base, 2)}x |`,
      );
    }
  } finally {
    await database.close();
    await scratch.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
