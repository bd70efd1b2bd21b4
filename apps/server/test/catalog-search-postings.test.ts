import { catalog } from '@mercato/core';
import { seedProducts } from '@mercato/core/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogActors, catalogActors, makeCategory, makeProduct } from './catalog-helpers';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
let audio: string;
let cases: string;

const query = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await server.database.pool.query<T>(text, params)).rows;

/** The lexeme whose postings rank a tsquery (migration 0013's product_search_sole_lexeme), or null. */
const soleLexeme = async (tsquery: string) =>
  (
    await query<{ lexeme: string | null }>("SELECT product_search_sole_lexeme(to_tsquery('english', $1)) AS lexeme", [
      tsquery,
    ])
  )[0]?.lexeme ?? null;

beforeAll(async () => {
  server = await startTestServer();
  who = await catalogActors(server);
  // The bulk path of the seeder: one INSERT ... SELECT of every row (the statement trigger's transition table).
  await seedProducts(server.deps.db, 12_000);
  audio = (await query<{ id: string }>("SELECT id FROM categories WHERE name = 'Audio'"))[0]?.id ?? '';
  // Scores other than the generated products' one: the word twice, only in the description, in the category name.
  cases = (await makeCategory(server, who.admin, 'Headphone Cases')).id;
  const made: [string, string | null, string][] = [
    ['Headphones Headphones Stand', 'Holds two headphones.', audio],
    ['Desk Organizer', 'Keeps cables, pens and headphones tidy.', audio],
    ['Hard Shell', 'Fits most over-ear models.', cases],
    ['Headphones', null, audio],
    ['Travel Headphones, Headphones Case', 'Headphones case: headphones fit, headphones stay.', cases],
  ];
  for (const [name, description, categoryId] of made) {
    await makeProduct(server, who.seller, { name, description, categoryId, priceCents: 4_321, stock: 3 });
  }
  await query('ANALYZE products, product_search_postings');
}, 120_000);
afterAll(() => server.close());

/** Every live match of a tsquery in the current relevance order: ts_rank over the GIN matches. */
async function reference(tsquery: string, where = '', params: unknown[] = []) {
  const rows = await query<{ id: string }>(
    `SELECT p.id FROM products p
      WHERE p.deleted_at IS NULL AND p.search_vector @@ to_tsquery('english', $1) ${where}
      ORDER BY ts_rank(p.search_vector, to_tsquery('english', $1))::float8 DESC, p.id DESC`,
    [tsquery, ...params],
  );
  return rows.map((r) => r.id);
}

/** Pages through searchProducts, `limit` at a time. */
async function pages(input: Omit<catalog.SearchInput, 'cursor'>, max = 1_000) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < max; page++) {
    const result = await catalog.searchProducts(server.deps.db, 'usd', { ...input, cursor });
    seen.push(...result.items.map((i) => i.id));
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

/** The postings plan and the GIN plan of one input, with their rows. */
async function bothPlans(input: catalog.SearchInput) {
  const lexeme = await soleLexeme(catalog.parseSearchText(input.q ?? '')?.tsquery ?? '');
  if (!lexeme) throw new Error(`no sole lexeme for ${input.q}`);
  const ranked = catalog.planSearch(server.deps.db, input, 'words', undefined, true);
  const gin = catalog.planSearch(server.deps.db, input);
  if (!ranked?.postings || !gin || gin.postings) throw new Error('not the two plans');
  const [a, b] = [await ranked.query.execute(), await gin.query.execute()];
  return { ranked, gin, a, b, complete: await ranked.postings.complete(a.length) };
}

describe('the sole lexeme of a one-term query', () => {
  it.each<[string, string | null]>([
    ['headphones', 'headphon'],
    ['headph', 'headphon'],
    ['HEADPHONES!', 'headphon'],
    ['the headphones', 'headphon'],
    ['wireless', 'wireless'],
    ['417', '417'],
    ['h', null],
    ['41', null],
    ['wireless headphones', null],
    ['headphones headphones', null],
    ['zzzz', null],
    ['the', null],
  ])('%s -> %s', async (q, lexeme) => {
    const text = catalog.parseSearchText(q);
    expect(await soleLexeme(text?.tsquery ?? '')).toBe(lexeme);
  });
});

describe('the postings rank exactly as ts_rank does', () => {
  it.each<[string, catalog.SearchInput]>([
    ['a word', { q: 'headphones', limit: 20 }],
    ['a prefix', { q: 'headph', limit: 20 }],
    ['a rare word', { q: 'organizer', limit: 20 }],
    ['a word of the category', { q: 'audio', limit: 20 }],
    ['a category', { q: 'headphones', limit: 20, categoryId: 'AUDIO' }],
    ['a price range', { q: 'headphones', limit: 20, minPriceCents: 10_000, maxPriceCents: 60_000 }],
    ['in stock', { q: 'headphones', limit: 20, inStock: true }],
    ['a small page', { q: 'headphones', limit: 1 }],
  ])('%s: the same rows and scores as the GIN query, page one and page two', async (_label, raw) => {
    const input = { ...raw, categoryId: raw.categoryId && audio };
    const first = await bothPlans(input);
    expect(first.complete).toBe(true);
    expect(first.a).toEqual(first.b);
    const last = first.b[input.limit - 1];
    if (!last || first.b.length <= input.limit) return;
    // Page two from the cursor of page one's last row.
    const cursor = Buffer.from(JSON.stringify(first.gin.cursorOf(last))).toString('base64url');
    const second = await bothPlans({ ...input, cursor });
    expect(second.a).toEqual(second.b);
  });

  it('has distinct scores to order among, and ties broken by id descending', async () => {
    const first = await bothPlans({ q: 'headphones', limit: 50 });
    const scores = new Set(first.a.map((r) => r.score));
    expect(scores.size).toBeGreaterThan(2);
    expect(first.a).toEqual(first.b);
  });

  it.each<[string, catalog.SearchInput, string, unknown[]]>([
    ['a word', { q: 'headphones', limit: 7 }, '', []],
    ['a prefix, in stock', { q: 'headph', limit: 7, inStock: true }, 'AND p.stock > 0', []],
    [
      'a category and a price range',
      { q: 'headphones', limit: 7, categoryId: 'AUDIO', minPriceCents: 20_000, maxPriceCents: 90_000 },
      'AND p.category_id = $2 AND p.price_cents BETWEEN 20000 AND 90000',
      ['AUDIO'],
    ],
  ])('%s: paged through the API order, every match once, in the reference order', async (_l, raw, where, params) => {
    const input = { ...raw, categoryId: raw.categoryId && audio };
    const expected = await reference(
      catalog.parseSearchText(input.q ?? '')?.tsquery ?? '',
      where,
      params.map(() => audio),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(await pages(input)).toEqual(expected);
  });

  it('falls back to the GIN query when a filter leaves the page short with postings unread', async () => {
    // Every generated product has "model" (more postings than the cap), none a price of 1–2 cents.
    const input = { q: 'model', limit: 20, minPriceCents: 1, maxPriceCents: 2 };
    const { a, b, complete } = await bothPlans(input);
    expect(a).toEqual([]);
    expect(b).toEqual([]);
    expect(complete).toBe(false);
    // Short of the cap, the postings read are all there are: complete, no GIN query.
    expect((await bothPlans({ ...input, q: 'organizer' })).complete).toBe(true);
    expect((await catalog.searchProducts(server.deps.db, 'usd', input)).items).toEqual([]);
  });

  it.each([
    ['two words', 'headphones model'],
    ['a prefix of several lexemes', 'h'],
  ])('ranks %s on the GIN query, in words mode, as before', async (_label, q) => {
    const tsquery = catalog.parseSearchText(q)?.tsquery ?? '';
    expect(await soleLexeme(tsquery)).toBeNull();
    const page = await catalog.searchProducts(server.deps.db, 'usd', { q, limit: 20 });
    expect(page.items.map((i) => i.id)).toEqual((await reference(tsquery)).slice(0, 20));
    const [, mode] = JSON.parse(Buffer.from(page.nextCursor ?? '', 'base64url').toString('utf8'));
    expect(mode).toBe('words');
  });

  it('resumes a cursor whose score is no float4 on the GIN query, without an error', async () => {
    const cursor = Buffer.from(
      JSON.stringify([
        'relevance',
        'words',
        catalog.keyOfText(catalog.parseSearchText('headphones')),
        0.1234567890123,
        'ffffffff-ffff-4fff-bfff-ffffffffffff',
      ]),
    ).toString('base64url');
    expect(await soleLexeme('headphones:*')).toBe('headphon');
    const plan = catalog.planSearch(server.deps.db, { q: 'headphones', limit: 5, cursor }, 'words', undefined, true);
    expect(plan?.postings).toBeUndefined();
    const page = await catalog.searchProducts(server.deps.db, 'usd', { q: 'headphones', limit: 5, cursor });
    expect(page.items.length).toBeGreaterThan(0);
  });
});

describe('the triggers keep the postings those of the live search vectors', () => {
  /** Rows of the postings that a recomputation from products does not give, and the other way round. */
  async function drift() {
    const [row] = await query<{ extra: number; missing: number }>(`
      WITH fresh AS (
        SELECT o.lexeme, o.score, p.id AS product_id
          FROM products p, products_search_postings_of(p.search_vector) o WHERE p.deleted_at IS NULL)
      SELECT (SELECT count(*)::int FROM (SELECT * FROM product_search_postings EXCEPT SELECT * FROM fresh) x) AS extra,
             (SELECT count(*)::int FROM (SELECT * FROM fresh EXCEPT SELECT * FROM product_search_postings) y) AS missing`);
    return row;
  }

  it('after the bulk seed and the products made through the API', async () => {
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    const [n] = await query<{ n: number }>('SELECT count(*)::int AS n FROM product_search_postings');
    expect(n?.n).toBeGreaterThan(12_000 * 5);
  });

  it('after edits of name, description and category, a category rename, a deletion mark and a hard delete', async () => {
    const made = await makeProduct(server, who.seller, {
      name: 'Zyzzyva Speaker',
      categoryId: audio,
      description: 'Loud.',
    });
    const headphones = () => pages({ q: 'zyzzyva', limit: 10 });
    expect(await headphones()).toEqual([made.id]);
    const patch = (body: Record<string, unknown>) =>
      server.api('PUT', `/api/products/${made.id}`, { token: who.seller.accessToken, body });
    expect((await patch({ name: 'Quokka Speaker' })).status).toBe(200);
    expect(await headphones()).toEqual([]);
    expect(await pages({ q: 'quokka', limit: 10 })).toEqual([made.id]);
    expect((await patch({ description: 'Zyzzyva inside.' })).status).toBe(200);
    expect((await patch({ categoryId: cases })).status).toBe(200);
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    // A rename re-indexes the category's products through search_vector.
    const renamed = await server.api('PUT', `/api/categories/${cases}`, {
      token: who.admin.accessToken,
      body: { name: 'Earphone Cases' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    expect(await pages({ q: 'earphone', limit: 10 })).toContain(made.id);
    // Stock moves leave the postings alone (and cost them nothing: the trigger does not fire).
    await query('UPDATE products SET stock = stock + 1 WHERE id = $1', [made.id]);
    expect((await server.api('DELETE', `/api/products/${made.id}`, { token: who.seller.accessToken })).status).toBe(
      200,
    );
    expect(await pages({ q: 'quokka', limit: 10 })).toEqual([]);
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    // Undeleted (no API does it, SQL can) and then deleted for good.
    await query('UPDATE products SET deleted_at = NULL WHERE id = $1', [made.id]);
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
    await query('DELETE FROM products WHERE id = $1', [made.id]);
    expect(await drift()).toEqual({ extra: 0, missing: 0 });
  });
});
