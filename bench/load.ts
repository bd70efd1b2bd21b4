// Throughput of the real server against a bare Hono + pg floor (load-floor.ts) in the same run:
//   pnpm bench:load [--products 100000] [--big 1000000] [--seconds 5] [--rounds 3] [--processes N] [--tsx]
// DATABASE_URL picks the PostgreSQL server (a scratch database is made there and dropped), else an
// embedded one. Mercato runs as production does (compiled build unless --tsx; run `pnpm build` first),
// with the request limit ON (raised so one load generator's address is not refused; it still leases).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { seedProducts } from '@mercato/core/seed';
import { createDb } from '@mercato/db';
import { type LoadResult, load, peakRssDuring, startFloor, treeRssMb } from './load-run';
import { LIST_LIMIT, SEARCH_Q } from './load-sql';
import { markdownTable, openScratchDatabase } from './scratch-db';
import { COMPILED_MAIN, round, startServerProcess } from './server-process';

const { values } = parseArgs({
  options: {
    products: { type: 'string' },
    big: { type: 'string' },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    processes: { type: 'string' },
    tsx: { type: 'boolean' },
  },
});
const PRODUCTS = Number(values.products ?? 100_000);
const BIG = Number(values.big ?? 1_000_000);
const SECONDS = Number(values.seconds ?? 5);
const ROUNDS = Number(values.rounds ?? 3);
const PROCESSES = Number(values.processes ?? availableParallelism());
const COMPILED = !values.tsx;
const CONNECTIONS = 10;

interface Target {
  url: string;
  pid: number;
  stop(): Promise<void>;
}
interface Route {
  name: string;
  path: string;
  auth?: boolean;
}

async function seed(url: string, n: number) {
  const database = createDb(url, { max: 8 });
  try {
    const t0 = performance.now();
    await seedProducts(database.db, n, (done, total, phase) =>
      process.stderr.write(`\rseeding ${done}/${total} ${phase}\u001b[K`),
    );
    // VACUUM too: autovacuum would otherwise visit the freshly loaded tables during the first routes.
    await database.pool.query('VACUUM ANALYZE');
    process.stderr.write(`\nseeded ${n} products in ${round((performance.now() - t0) / 1000)} s\n`);
  } finally {
    await database.close();
  }
}

async function startMercato(url: string, processes: number): Promise<Target> {
  return startServerProcess(
    {
      DATABASE_URL: url,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '1000000000',
      WEB_CONCURRENCY: String(processes),
    },
    { compiled: COMPILED },
  );
}

/** A customer with one cart line, and the product of the by-id routes. */
async function fixtures(base: string) {
  const list = (await (await fetch(`${base}/api/products?limit=1`)).json()) as { items: { id: string }[] };
  const productId = list.items[0]?.id ?? '';
  const email = `load-${Date.now()}@example.com`;
  const reg = await fetch(`${base}/api/users/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'load bench password' }),
  });
  const { accessToken, user } = (await reg.json()) as { accessToken: string; user: { id: string } };
  const added = await fetch(`${base}/api/cart`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ productId, quantity: 1 }),
  });
  if (added.status !== 200) throw new Error(`cart setup failed: ${added.status}`);
  return { productId, userId: user.id, token: accessToken };
}

function routes(productId: string): Route[] {
  const batch = encodeURIComponent(JSON.stringify({ 0: { limit: LIST_LIMIT }, 1: { id: productId } }));
  return [
    { name: 'GET /healthz', path: '/healthz' },
    { name: `GET /api/products?limit=${LIST_LIMIT}`, path: `/api/products?limit=${LIST_LIMIT}` },
    { name: 'GET /api/products/{id}', path: `/api/products/${productId}` },
    { name: `GET /api/search?q=${SEARCH_Q}`, path: `/api/search?q=${SEARCH_Q}&limit=${LIST_LIMIT}` },
    { name: 'GET /api/cart', path: '/api/cart', auth: true },
    {
      name: 'tRPC batch products.list,products.byId',
      path: `/trpc/products.list,products.byId?batch=1&input=${batch}`,
    },
  ];
}

/**
 * Each route on Mercato and on the floor, warmed for a second first, ROUNDS
 * times, the two taking turns to go first; the row is the round of the median
 * ratio (a ratio of one 5 s pair moves by a few hundredths), with every
 * round's ratio beside it. RSS sampled throughout.
 */
async function compare(mercato: Target, floor: Target, list: Route[], token: string) {
  const rows: (string | number)[][] = [];
  let peak = 0;
  for (const route of list) {
    const headers = route.auth ? { authorization: `Bearer ${token}` } : undefined;
    const [mine, bare] = await Promise.all(
      [mercato, floor].map(async (t) => (await fetch(t.url + route.path, { headers })).json()),
    );
    if (!isDeepStrictEqual(mine, bare)) throw new Error(`${route.name}: the floor answers other JSON than Mercato`);
    const run = async (t: Target) => {
      await load(t.url + route.path, { seconds: 1, connections: CONNECTIONS, headers });
      const { value, peakMb } = await peakRssDuring(t.pid, () =>
        load(t.url + route.path, { seconds: SECONDS, connections: CONNECTIONS, headers }),
      );
      if (t === mercato) peak = Math.max(peak, peakMb);
      return value;
    };
    const rounds: { m: LoadResult; f: LoadResult; ratio: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const floorFirst = i % 2 === 1;
      const f0 = floorFirst ? await run(floor) : null;
      const m = await run(mercato);
      const f = f0 ?? (await run(floor));
      rounds.push({ m, f, ratio: m.reqPerSec / f.reqPerSec });
    }
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)];
    if (!median) throw new Error('--rounds must be at least 1');
    const { m, f } = median;
    rows.push([
      route.name,
      m.reqPerSec,
      `${m.p50} / ${m.p95} / ${m.p99}`,
      rounds.reduce((n, r) => n + r.m.non2xx + r.m.errors, 0),
      f.reqPerSec,
      `${f.p50} / ${f.p95} / ${f.p99}`,
      rounds.reduce((n, r) => n + r.f.non2xx + r.f.errors, 0),
      round(m.reqPerSec / f.reqPerSec, 2),
      rounds.map((r) => round(r.ratio, 2)).join(' / '),
    ]);
  }
  return { rows, peakRssMb: peak };
}

const HEADER = [
  'route',
  'Mercato req/s',
  'p50 / p95 / p99 ms',
  'non-2xx',
  'floor req/s',
  'floor p50 / p95 / p99 ms',
  'floor non-2xx',
  'ratio (median round)',
  'ratio of each round',
];

async function round1(url: string, processes: number, list: (productId: string) => Route[]) {
  const mercato = await startMercato(url, processes);
  try {
    const fx = await fixtures(mercato.url);
    await new Promise((r) => setTimeout(r, 1000));
    const idleRssMb = treeRssMb(mercato.pid);
    const floor = await startFloor(
      { FLOOR_DATABASE_URL: url, FLOOR_PRODUCT_ID: fx.productId, FLOOR_USER_ID: fx.userId },
      processes,
    );
    try {
      const result = await compare(mercato, floor, list(fx.productId), fx.token);
      return { ...result, idleRssMb };
    } finally {
      await floor.stop();
    }
  } finally {
    await mercato.stop();
  }
}

async function section(title: string, url: string, list: (productId: string) => Route[]) {
  for (const processes of [...new Set([1, PROCESSES])]) {
    const r = await round1(url, processes, list);
    process.stdout.write(
      `\n### ${title}, ${processes} process${processes > 1 ? 'es' : ''} each (Mercato RSS: idle ${r.idleRssMb} MB, peak under load ${r.peakRssMb} MB)\n\n`,
    );
    process.stdout.write(`${markdownTable(HEADER, r.rows)}\n`);
  }
}

async function main() {
  if (COMPILED && !existsSync(path.resolve(import.meta.dirname, '../apps/server', COMPILED_MAIN))) {
    throw new Error('the compiled server is missing: run `pnpm build` first (or pass --tsx)');
  }
  const scratch = await openScratchDatabase('load', { migrate: true });
  try {
    process.stdout.write(
      `pnpm bench:load: ${scratch.label}, ${CONNECTIONS} connections, ${SECONDS} s a route, ` +
        `${COMPILED ? 'compiled' : 'tsx'} server; load generator on the same machine\n`,
    );
    await seed(scratch.url, PRODUCTS);
    await section(`${PRODUCTS.toLocaleString('en-US')} products`, scratch.url, routes);
    if (BIG > PRODUCTS) {
      await seed(scratch.url, BIG - PRODUCTS);
      const big = (id: string) => routes(id).filter((r) => /products\?|search/.test(r.path));
      await section(`${BIG.toLocaleString('en-US')} products`, scratch.url, big);
    }
  } finally {
    await scratch.close();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:load failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
