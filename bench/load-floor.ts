import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { catalog } from '@mercato/core';
import { Hono } from 'hono';
import pg from 'pg';
import { captureRouteSql, LIST_LIMIT, SEARCH_Q, type Statement } from './load-sql';

/**
 * The floor of `pnpm bench:load`: bare Hono + pg running the very SQL Mercato
 * runs (captured from its query builders at start) and answering the same
 * JSON, with none of Mercato's request path (no limits, logs, tRPC, zod).
 * FLOOR_PROCESSES > 1 runs that many behind node:cluster, as WEB_CONCURRENCY does.
 */
const env = process.env;
const processes = Number(env.FLOOR_PROCESSES ?? 1);
if (cluster.isPrimary && processes > 1) {
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.once('listening', (_w, address) =>
    process.stdout.write(`floor listening on http://127.0.0.1:${address.port}\n`),
  );
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  });
} else {
  const pool = new pg.Pool({ connectionString: env.FLOOR_DATABASE_URL, max: 10 });
  const productId = env.FLOOR_PRODUCT_ID ?? '';
  const sql = await captureRouteSql(pool, productId, env.FLOOR_USER_ID ?? '');
  const run = async (s: Statement, values = s.values) =>
    (await pool.query({ text: s.text, values, rowMode: 'array' })).rows as unknown[][];
  const product = (r: any[]) => ({
    id: r[0],
    name: r[1],
    description: r[2],
    priceCents: r[3],
    currency: 'usd',
    stock: r[4],
    categoryId: r[5],
    categoryName: r[6],
    imageUrl: r[7],
    sellerId: r[8],
    ratingAverage: r[10] > 0 ? Math.round(r[9] * 100) / 100 : null,
    ratingCount: r[10],
    createdAt: r[12].toISOString(),
    updatedAt: r[13].toISOString(),
  });
  const cursor = (v: unknown[]) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const page = (rows: any[][], key: (r: any[]) => unknown[]) => ({
    items: rows.slice(0, LIST_LIMIT).map(product),
    nextCursor: rows.length > LIST_LIMIT ? cursor(key(rows[LIST_LIMIT - 1] ?? [])) : null,
  });
  const list = async () =>
    page(await run(sql.list[0] as Statement), (r) => ['newest', 'all', '', r[12].toISOString(), r[0]]);
  const byId = async (id: string) => product((await run(sql.byId[0] as Statement, [id]))[0] ?? []);

  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/api/products', async (c) => c.json(await list()));
  app.get('/api/products/:id', async (c) => c.json(await byId(c.req.param('id'))));
  // A one-word search pages its sole lexeme's postings (search-postings.ts); any statement before the page runs too.
  const search = async () => {
    for (const s of sql.search.slice(0, -1)) await run(s);
    return run(sql.search.at(-1) as Statement);
  };
  app.get('/api/search', async (c) =>
    c.json(
      page(await search(), (r) => [
        'relevance',
        'words',
        // A search cursor carries a key of its text, as Mercato's does (computed per request there too).
        catalog.keyOfText(catalog.parseSearchText(SEARCH_Q)),
        r[14],
        r[0],
      ]),
    ),
  );
  app.get('/api/cart', async (c) => {
    await run(sql.cart[0] as Statement);
    const items = (await run(sql.cart[1] as Statement)).map((r: any[]) => ({
      id: r[14],
      productId: r[0],
      quantity: r[15],
      product: product(r),
      lineTotalCents: r[3] * r[15],
      availability: r[16] !== null || r[17] === 0 ? 'unavailable' : r[17] < r[15] ? 'short' : 'in_stock',
    }));
    const buyable = items.filter((i) => i.availability === 'in_stock');
    const subtotalCents = buyable.reduce((s, i) => s + i.lineTotalCents, 0);
    return c.json({
      items,
      currency: 'usd',
      subtotalCents,
      checkoutReady: items.length > 0 && buyable.length === items.length,
    });
  });
  app.get('/trpc/products.list,products.byId', async (c) =>
    c.json((await Promise.all([list(), byId(productId)])).map((data) => ({ result: { data } }))),
  );
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(env.FLOOR_PORT ?? 0) }, (info) => {
    if (processes === 1) process.stdout.write(`floor listening on http://127.0.0.1:${info.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}
