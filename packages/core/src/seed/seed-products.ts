import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { categories, type Db, productSearchPostings, products, type Tx } from '@mercato/db';
import { type SQL, sql } from 'drizzle-orm';
import { type PgTable, pgTable } from 'drizzle-orm/pg-core';
import { ensureDemoCategories, ensureDemoSeller } from './demo-catalog';
import { DEMO_CATEGORIES } from './demo-data';
import { generatedProduct } from './generated-products';

const BATCH = 5_000;
/** Below this many rows (or the rows already there), index maintenance per row is cheaper than a rebuild. */
const BULK_MIN = 10_000;
const WORKERS = Math.min(4, Math.max(2, availableParallelism()));

export type SeedPhase = 'insert' | 'index';

/**
 * Inserts `n` generated products (deterministic: the i-th product of a table
 * is always the same) for benchmarks: multi-row INSERTs of 5 000 rows, one
 * array parameter per column.
 *
 * A large load follows PostgreSQL's bulk-loading advice (docs, "Populating a
 * Database"). Several connections fill an unlogged staging table, computing
 * the search vectors set-based (the costly part) in parallel; then one
 * transaction drops the secondary indexes and foreign keys of products and
 * copies the rows in, and after it the indexes are rebuilt on several
 * connections at once and the keys re-added. The search postings (migration
 * 0013) go the same way: each batch computes its own into a second staging
 * table, the copy drops and disables what keeps them, and their primary key
 * is rebuilt beside the indexes. Between the two, products has no
 * secondary index: do not run this against a database that serves traffic.
 * `db` must be a pool, not a transaction, for the parallel parts.
 */
export async function seedProducts(
  db: Db,
  n: number,
  onProgress: (done: number, total: number, phase: SeedPhase) => void = () => {},
): Promise<{ inserted: number; ms: number; bulk: boolean }> {
  const started = performance.now();
  const sellerId = await ensureDemoSeller(db);
  const byName = await ensureDemoCategories(db);
  const categoryIds = DEMO_CATEGORIES.map((c) => byName.get(c.name) ?? '');
  const [countRow] = await db.select({ count: sql<number>`count(*)::int` }).from(products);
  const offset = countRow?.count ?? 0;
  const bulk = n >= Math.max(BULK_MIN, offset);
  const batch = { sellerId, categoryIds, base: Date.now() - (offset + n) * 1_000 };
  onProgress(0, n, 'insert');

  if (!bulk) {
    for (let done = 0; done < n; done += BATCH) {
      const size = Math.min(BATCH, n - done);
      await insertBatch(db, products, { ...batch, from: offset + done, size, withVector: false });
      onProgress(done + size, n, 'insert');
    }
    return { inserted: n, ms: performance.now() - started, bulk };
  }

  const suffix = randomBytes(4).toString('hex');
  const stage = pgTable(`products_seed_${suffix}`, {});
  const stagePostings = pgTable(`product_search_postings_seed_${suffix}`, {});
  await db.execute(sql`CREATE UNLOGGED TABLE ${stage} (LIKE ${products} INCLUDING DEFAULTS)`);
  await db.execute(sql`CREATE UNLOGGED TABLE ${stagePostings} (LIKE ${productSearchPostings})`);
  try {
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < n) {
        const from = next;
        const size = Math.min(BATCH, n - from);
        next += size;
        await insertBatch(db, stage, {
          ...batch,
          from: offset + from,
          size,
          withVector: true,
          postings: stagePostings,
        });
        done += size;
        onProgress(done, n, 'insert');
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    onProgress(n, n, 'index');
    const dropped = await db.transaction(async (tx) => {
      const defs = await dropForBulkLoad(tx);
      await tx.execute(sql`ALTER TABLE ${products} DISABLE TRIGGER products_search_vector_refresh`);
      await tx.execute(sql`ALTER TABLE ${products} DISABLE TRIGGER products_search_postings_insert`);
      // The stage was made LIKE products, so its columns are the same, in the same order.
      await tx.execute(sql`INSERT INTO ${products} SELECT * FROM ${stage}`);
      await tx.execute(sql`INSERT INTO ${productSearchPostings} SELECT * FROM ${stagePostings}`);
      await tx.execute(sql`ALTER TABLE ${products} ENABLE TRIGGER products_search_postings_insert`);
      await tx.execute(sql`ALTER TABLE ${products} ENABLE TRIGGER products_search_vector_refresh`);
      return defs;
    });
    await restoreAfterBulkLoad(db, dropped);
  } finally {
    await db.execute(sql`DROP TABLE IF EXISTS ${stage}`);
    await db.execute(sql`DROP TABLE IF EXISTS ${stagePostings}`);
  }
  return { inserted: n, ms: performance.now() - started, bulk };
}

async function insertBatch(
  db: Tx,
  table: PgTable,
  opts: {
    sellerId: string;
    categoryIds: string[];
    from: number;
    size: number;
    base: number;
    withVector: boolean;
    /** A staging table that gets the postings of the inserted rows (the stage has no trigger to add them). */
    postings?: PgTable;
  },
): Promise<void> {
  const cols = {
    category: [] as number[],
    name: [] as string[],
    description: [] as string[],
    price: [] as number[],
    stock: [] as number[],
    sold: [] as number[],
  };
  for (let j = 0; j < opts.size; j++) {
    const g = generatedProduct(opts.from + j);
    cols.category.push(g.categoryIndex + 1);
    cols.name.push(g.name);
    cols.description.push(g.description);
    cols.price.push(g.priceCents);
    cols.stock.push(g.stock);
    cols.sold.push(g.soldCount);
  }
  // The stage has no trigger: the function the products trigger calls fills the vector here, set-based.
  const vector = opts.withVector ? sql`products_search_document(u.name, c.name, u.description)` : sql`''::tsvector`;
  // Few, compact parameters: the category as an index into one small array, the
  // row number (for created_at and the image URL) from WITH ORDINALITY.
  const insert = sql`
    INSERT INTO ${table}
      (seller_id, category_id, name, description, price_cents, stock, sold_count, image_url, created_at, updated_at, search_vector)
    SELECT ${opts.sellerId}::uuid, c.id, u.name, u.description, u.price, u.stock, u.sold,
           'https://picsum.photos/seed/mercato-' || (${opts.from}::int + u.n) || '/640/480',
           t.at, t.at, ${vector}
    FROM unnest(
      ${sql.param(cols.category)}::int[], ${sql.param(cols.name)}::text[], ${sql.param(cols.description)}::text[],
      ${sql.param(cols.price)}::int[], ${sql.param(cols.stock)}::int[], ${sql.param(cols.sold)}::int[]
    ) WITH ORDINALITY AS u(category, name, description, price, stock, sold, n)
    JOIN ${categories} c ON c.id = (${sql.param(opts.categoryIds)}::uuid[])[u.category]
    CROSS JOIN LATERAL (
      SELECT to_timestamp((${opts.base}::float8 + (${opts.from}::int + u.n - 1) * 1000) / 1000) AS at
    ) t`;
  if (!opts.postings) {
    await db.execute(insert);
    return;
  }
  await db.execute(sql`
    WITH inserted AS (${insert} RETURNING id, search_vector)
    INSERT INTO ${opts.postings} (lexeme, score, product_id)
      SELECT o.lexeme, o.score, i.id FROM inserted i, products_search_postings_of(i.search_vector) AS o`);
}

interface Dropped {
  indexes: { name: string; def: string }[];
  foreignKeys: { name: string; def: string }[];
  /** The postings' primary key: rebuilt from a sort rather than grown row by row. */
  postingsKey: { name: string; def: string }[];
}

/** Drops what makes per-row inserts slow; definitions are read from the catalog, so it follows the migrations. */
async function dropForBulkLoad(tx: Tx): Promise<Dropped> {
  const indexes = (
    await tx.execute<{ name: string; def: string }>(sql`
      SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = 'products'::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
      -- GIN builds take longest: start them first.
      ORDER BY (SELECT amname FROM pg_am WHERE oid = i.relam) = 'gin' DESC, i.relname`)
  ).rows;
  const foreignKeys = (
    await tx.execute<{ name: string; def: string }>(sql`
      SELECT conname AS name, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE conrelid = 'products'::regclass AND contype = 'f'`)
  ).rows;
  const postingsKey = (
    await tx.execute<{ name: string; def: string }>(sql`
      SELECT conname AS name, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE conrelid = 'product_search_postings'::regclass AND contype = 'p'`)
  ).rows;
  for (const fk of foreignKeys)
    await tx.execute(sql`ALTER TABLE ${products} DROP CONSTRAINT ${sql.identifier(fk.name)}`);
  for (const ix of indexes) await tx.execute(sql`DROP INDEX ${sql.identifier(ix.name)}`);
  for (const pk of postingsKey)
    await tx.execute(sql`ALTER TABLE ${productSearchPostings} DROP CONSTRAINT ${sql.identifier(pk.name)}`);
  return { indexes, foreignKeys, postingsKey };
}

/**
 * Rebuilds the indexes on WORKERS connections at once (CREATE INDEX takes a
 * SHARE lock, so builds on one table run side by side; the GIN ones, the
 * slowest, start first, after the postings' primary key), then re-adds and
 * so re-validates the foreign keys. Whatever happens, every dropped index and
 * key is back before this returns or throws.
 */
async function restoreAfterBulkLoad(db: Db, dropped: Dropped): Promise<void> {
  const addKey = (pk: { name: string; def: string }) =>
    sql`ALTER TABLE ${productSearchPostings} ADD CONSTRAINT ${sql.identifier(pk.name)} ${sql.raw(pk.def)}`;
  // The postings' key is the largest build (8 rows per product): it starts first.
  const queue: SQL[] = [...dropped.postingsKey.map(addKey), ...dropped.indexes.map((ix) => sql.raw(ix.def))];
  const build = async () => {
    for (let statement = queue.shift(); statement; statement = queue.shift()) {
      const next = statement;
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
        await tx.execute(next);
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, build));
  } finally {
    for (const ix of dropped.indexes) {
      await db.execute(sql.raw(ix.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS ')));
    }
    for (const pk of dropped.postingsKey) {
      const [has] = (
        await db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'product_search_postings'::regclass AND conname = ${pk.name}`,
        )
      ).rows;
      if (!has?.n) await db.execute(addKey(pk));
    }
  }
  for (const fk of dropped.foreignKeys) {
    await db.execute(sql`ALTER TABLE ${products} ADD CONSTRAINT ${sql.identifier(fk.name)} ${sql.raw(fk.def)}`);
  }
}
