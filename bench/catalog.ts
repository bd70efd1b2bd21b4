// Catalog read latency on a seeded table, against a real server process:
// GET /api/search and GET /api/products with one client, and the same search
// as a plain ILIKE scan in SQL for comparison.
//   pnpm --filter @mercato/bench exec tsx catalog.ts [--products 100000] [--word headphones]
// DATABASE_URL (any database of a PostgreSQL server) picks the server; a scratch
// database is created there and dropped afterwards. Without it, an embedded PostgreSQL.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalog } from '@mercato/core';
import { seedProducts } from '@mercato/core/seed';
import { createDb, type Database, migrate, startEmbeddedPostgres } from '@mercato/db';
import { drive, percentile, round, startServerProcess } from './server-process';

const REQUESTS = 200;
const WARMUP = 20;

const { values } = parseArgs({ options: { products: { type: 'string' }, word: { type: 'string' } } });
const N = Number(values.products ?? 100_000);
const WORD = values.word ?? 'headphones';

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function adminServer(): Promise<{ url: string; stop(): Promise<void>; label: string }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, label: 'PostgreSQL at DATABASE_URL' };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'mercato-bench-pg-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, 'data'), { persistent: false });
  return {
    url: pg.url,
    label: 'embedded PostgreSQL',
    stop: async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

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
  const admin = await adminServer();
  const name = `mercato_bench_catalog_${Date.now().toString(36)}`;
  const adminDb = createDb(admin.url, { max: 1 });
  await adminDb.pool.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(admin.url, name);
  const database = createDb(url, { max: 8 });
  try {
    await migrate(url);
    const { db, pool } = database;
    const version = (await pool.query('SHOW server_version')).rows[0].server_version;
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
      `\n${N.toLocaleString('en-US')} products on ${admin.label} ${version}; ${availableParallelism()} cores; ` +
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
    await adminDb.pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await adminDb.close();
    await admin.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
