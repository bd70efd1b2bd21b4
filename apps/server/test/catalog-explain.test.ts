import { catalog } from '@mercato/core';
import { seedProducts } from '@mercato/core/seed';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
let categoryId: string;
beforeAll(async () => {
  server = await startTestServer();
  const seeded = await seedProducts(server.deps.db, 20_000);
  expect(seeded.inserted).toBe(20_000);
  await server.deps.db.execute(sql`ANALYZE products, search_words`);
  const { rows } = await server.database.pool.query<{ id: string }>("SELECT id FROM categories WHERE name = 'Audio'");
  categoryId = rows[0]?.id ?? '';
}, 120_000);
afterAll(() => server.close());

/** The plan of exactly the query the API would run for this input (ranked from the postings with `postings`). */
async function explain(
  input: catalog.SearchInput,
  mode: 'words' | 'fuzzy' = 'words',
  corrected?: string,
  postings = false,
) {
  const plan = catalog.planSearch(server.deps.db, input, mode, corrected, postings);
  if (!plan) throw new Error('nothing to plan');
  const { sql: text, params } = plan.query.toSQL();
  const { rows } = await server.database.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe('on 20 000 products, the catalog queries use indexes, never a scan of products', () => {
  it.each<[string, catalog.SearchInput, RegExp, ('words' | 'fuzzy')?]>([
    ['the default list (newest)', { limit: 20 }, /products_newest_idx/],
    ['a category list', { limit: 20, categoryId: 'CATEGORY' }, /products_(category_)?newest_idx/],
    [
      'a category list by price',
      { limit: 20, categoryId: 'CATEGORY', sort: 'price_asc' },
      /products_category_price_idx/,
    ],
    ['the list by price', { limit: 20, sort: 'price_desc' }, /products_price_idx/],
    ['the list by rating', { limit: 20, sort: 'rating' }, /products_rating_idx/],
    ['the list by popularity', { limit: 20, sort: 'popular' }, /products_popular_idx/],
    [
      'a price range',
      { limit: 20, minPriceCents: 1_000, maxPriceCents: 1_500, sort: 'price_asc' },
      /products_price_idx/,
    ],
    ['a word search', { limit: 20, q: 'headphones' }, /products_search_idx/],
    ['a prefix search', { limit: 20, q: 'headph' }, /products_search_idx/],
    [
      'a two-word search by price',
      { limit: 20, q: 'wireless headphones', sort: 'price_asc' },
      /products_(search|price)_idx/,
    ],
    ['a typo search (trigram, second query)', { limit: 20, q: 'hedphones' }, /products_name_trgm_idx/, 'fuzzy'],
  ])('%s', async (_label, input, index, mode) => {
    const plan = await explain({ ...input, categoryId: input.categoryId && categoryId }, mode);
    expect(plan).not.toMatch(/Seq Scan on products/);
    expect(plan).toMatch(index);
  });

  it('serves the corrected typo query (words widened by OR) from the text and trigram indexes', async () => {
    const plan = await explain(
      { limit: 20, q: 'hedphnoes wireles' },
      'fuzzy',
      '( hedphnoes:* | headphones:* ) & ( wireles:* | wireless:* )',
    );
    expect(plan).not.toMatch(/Seq Scan on products/);
    expect(plan).toMatch(/products_search_idx/);
  });

  it('looks up corrections by the words indexes: primary-key range and probes, trigram nearest neighbours', async () => {
    const text = catalog.parseSearchText('keybaord hedphones');
    if (!text) throw new Error('no text');
    const query = new PgDialect().sqlToQuery(catalog.neighboursQuery(text));
    const { rows } = await server.database.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, query.params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Only Scan using search_words_pkey/);
    expect(plan).toMatch(/Index Scan using search_words_trgm_idx[\s\S]*Order By: \(word <-> q\.word\)/);
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it('really takes the typo path for "hedphones" and finds headphones', async () => {
    const page = await catalog.searchProducts(server.deps.db, 'usd', { q: 'hedphones', limit: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => /headphones/i.test(p.name))).toBe(true);
  });

  it.each<[string, catalog.SearchInput]>([
    ['a one-lexeme word search', { limit: 20, q: 'headphones' }],
    ['a one-lexeme prefix search in a category', { limit: 20, q: 'headph', categoryId: 'CATEGORY' }],
    ['a one-lexeme search in a price range, in stock', { limit: 20, q: 'headph', minPriceCents: 1_000, inStock: true }],
  ])('ranks %s from the postings primary key, backward, never ranking every match', async (_label, input) => {
    const withCategory = { ...input, categoryId: input.categoryId && categoryId };
    const plan = await explain(withCategory, 'words', undefined, true);
    expect(plan).toMatch(/Index Only Scan Backward using product_search_postings_lexeme_score_product_id_pk/);
    expect(plan).toMatch(/Index Scan using products_pkey/);
    expect(plan).not.toMatch(/Seq Scan on products|products_search_idx|ts_rank/);
    const first = await catalog.searchProducts(server.deps.db, 'usd', withCategory);
    const second = await explain({ ...withCategory, cursor: first.nextCursor }, 'words', undefined, true);
    expect(second).toMatch(
      /Index Cond: \(\(lexeme = product_search_sole_lexeme\(.*\) AND \(ROW\(score, product_id\) < ROW\(/,
    );
  });

  it('serves page two from the index too (keyset, not OFFSET)', async () => {
    const first = await catalog.searchProducts(server.deps.db, 'usd', { limit: 20 });
    const plan = await explain({ limit: 20, cursor: first.nextCursor });
    expect(plan).toMatch(/Index Scan Backward using products_newest_idx/);
    expect(plan).toMatch(/Index Cond: \(ROW\(/);
  });
});
