import { DEMO_CATEGORIES, DEMO_PRODUCTS, generatedProduct, seedDemoCatalog, seedProducts } from '@mercato/core/seed';
import { createTestDatabase, type TestDatabase } from '@mercato/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

const count = async (db: TestDatabase, table: string) =>
  Number((await db.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

const schemaFacts = async (db: TestDatabase) =>
  (
    await db.pool.query<{ fact: string }>(`
      SELECT 'index ' || indexdef AS fact FROM pg_indexes WHERE tablename = 'products'
      UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated::text
        FROM pg_constraint WHERE conrelid IN ('products'::regclass, 'product_search_postings'::regclass)
      UNION ALL SELECT 'trigger ' || tgname || ' ' || tgenabled::text FROM pg_trigger
        WHERE tgrelid = 'products'::regclass AND NOT tgisinternal
      ORDER BY 1`)
  ).rows.map((r) => r.fact);

describe('seedDemoCatalog', () => {
  it('seeds a few categories and ~50 believable products once, even when started twice at once', async () => {
    const results = await Promise.all([seedDemoCatalog(a.db), seedDemoCatalog(a.db)]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await count(a, 'products')).toBe(DEMO_PRODUCTS.length);
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(45);
    expect(await count(a, 'categories')).toBe(DEMO_CATEGORIES.length);
    const { rows } = await a.pool.query(
      'SELECT name, price_cents, stock, image_url, search_vector::text <> $1 AS indexed FROM products',
      [''],
    );
    for (const row of rows) {
      expect(row.image_url).toMatch(/^https:\/\//);
      expect(row.price_cents).toBeGreaterThan(0);
      expect(row.indexed).toBe(true);
    }
    expect((await seedDemoCatalog(a.db)).seeded).toBe(false);
  });

  it('gives the demo products a seller that cannot log in', async () => {
    const { rows } = await a.pool.query('SELECT DISTINCT seller_id FROM products');
    expect(rows).toHaveLength(1);
    const seller = await a.pool.query('SELECT role, password_hash FROM users WHERE id = $1', [rows[0].seller_id]);
    expect(seller.rows[0].role).toBe('seller');
    expect(seller.rows[0].password_hash).not.toMatch(/^\$argon2/);
  });
});

describe('seedProducts', () => {
  it('bulk-loads deterministically, with the search vectors the trigger would compute', async () => {
    const before = await schemaFacts(b);
    const progress: number[] = [];
    const result = await seedProducts(b.db, 12_000, (done) => progress.push(done));
    expect(result).toMatchObject({ inserted: 12_000, bulk: true });
    expect(progress.at(-1)).toBe(12_000);
    expect(await count(b, 'products')).toBe(12_000);
    const { rows: first } = await b.pool.query(
      'SELECT name, price_cents, stock FROM products ORDER BY created_at, name LIMIT 5',
    );
    expect(first).toEqual(
      [0, 1, 2, 3, 4].map((i) => {
        const g = generatedProduct(i);
        return { name: g.name, price_cents: g.priceCents, stock: g.stock };
      }),
    );
    // Indexes, keys (validated) and the trigger are all back.
    expect(await schemaFacts(b)).toEqual(before);
    const stale = await b.db.execute(sql`
      SELECT count(*)::int AS n FROM products p JOIN categories c ON c.id = p.category_id
      WHERE p.search_vector IS DISTINCT FROM products_search_document(p.name, c.name, p.description)`);
    expect(stale.rows[0]).toEqual({ n: 0 });
    const leftovers = await b.pool.query("SELECT relname FROM pg_class WHERE relname LIKE 'products_seed_%'");
    expect(leftovers.rows).toEqual([]);
  });

  it('adds small batches through the trigger and continues the same sequence', async () => {
    // Its own starting point, whatever ran before on database a: the demo catalog (seeded once) and
    // whatever else is there; the generated rows continue the sequence from the current count.
    await seedDemoCatalog(a.db);
    const existing = await count(a, 'products');
    const { rows: before } = await a.pool.query<{ id: string }>('SELECT id FROM products');
    const result = await seedProducts(a.db, 30);
    expect(result).toMatchObject({ inserted: 30, bulk: false });
    expect(await count(a, 'products')).toBe(existing + 30);
    const { rows } = await a.pool.query(
      'SELECT name, price_cents, stock FROM products WHERE NOT (id = ANY($1::uuid[])) ORDER BY created_at, name',
      [before.map((r) => r.id)],
    );
    // The i-th generated product is the same wherever it lands: these are numbers existing..existing+29.
    expect(rows).toEqual(
      Array.from({ length: 30 }, (_, k) => {
        const g = generatedProduct(existing + k);
        return { name: g.name, price_cents: g.priceCents, stock: g.stock };
      }),
    );
  });
});
