import { categories, products, type Tx } from '@mercato/db';
import { and, eq, fillPlaceholders, gte, lte, type Query, type SQL, sql } from 'drizzle-orm';
import { afterCursor, type KeysetOrder, type KeyValue, orderByOf } from '../shared/keyset';
import { plainRows, preparedOn } from '../shared/prepared';
import { COLUMN_ORDERS, live, type ProductFieldsRow, type ProductSort, productFields } from './product';
import { SEARCH_CONFIG } from './search-text';

/**
 * words: full-text matches only. fuzzy: full-text with unknown words also
 * corrected to known ones (typos.ts), or trigram-similar names.
 * all: no text query (a filtered list).
 */
export type Mode = 'words' | 'fuzzy' | 'all';
export type Row = ProductFieldsRow & { score: number };
export type RowOrder = KeysetOrder & { cursorOf: (r: Row) => KeyValue[] };

/** The order of a sort; relevance orders by `score` (then id). */
export function orderOf(sort: ProductSort, score: SQL): RowOrder {
  if (sort !== 'relevance') return COLUMN_ORDERS[sort];
  return {
    dir: 'desc',
    keys: [
      { expr: score, kind: 'float' },
      { expr: products.id, kind: 'uuid' },
    ],
    cursorOf: (r) => [r.score, r.id],
  };
}

/** What decides the SQL text of a search (the values are bound per call). */
export interface SearchShape {
  mode: Mode;
  sort: ProductSort;
  category: boolean;
  minPrice: boolean;
  maxPrice: boolean;
  inStock: boolean;
  after: boolean;
}

export interface SearchValues {
  tsquery?: string;
  trigram?: string;
  categoryId?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  after: KeyValue[] | null;
  limit: number;
}

const ph = sql.placeholder;

function build(d: Tx, shape: SearchShape, name: string) {
  const filters: SQL[] = [live];
  if (shape.category) filters.push(eq(products.categoryId, ph('categoryId')));
  if (shape.minPrice) filters.push(gte(products.priceCents, ph('minPriceCents')));
  if (shape.maxPrice) filters.push(lte(products.priceCents, ph('maxPriceCents')));
  if (shape.inStock) filters.push(sql`${products.stock} > 0`);
  let score = sql<number>`0::float8`;
  if (shape.mode !== 'all') {
    const tsq = sql`to_tsquery(${SEARCH_CONFIG}::regconfig, ${ph('tsquery')})`;
    const fuzzy = shape.mode === 'fuzzy';
    const words = sql`${products.searchVector} @@ ${tsq}`;
    // `<%` is word_similarity above pg_trgm.word_similarity_threshold (0.6), served by the trigram index on name.
    filters.push(fuzzy ? sql`(${words} OR ${ph('trigram')}::text <% ${products.name})` : words);
    // Only the relevance order needs a score; other orders skip ranking every match.
    if (shape.sort === 'relevance') {
      const rank = sql`ts_rank(${products.searchVector}, ${tsq})::float8`;
      score = fuzzy
        ? sql<number>`(${rank} + word_similarity(${ph('trigram')}::text, ${products.name})::float8)`
        : sql<number>`${rank}`;
    }
  }
  const order = orderOf(shape.sort, score);
  if (shape.after)
    filters.push(
      afterCursor(
        order,
        order.keys.map((_, i) => ph(`k${i}`)),
      ),
    );
  return d
    .select({ ...productFields, score: sql<number>`${score}`.as('score') })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(...filters))
    .orderBy(...orderByOf(order))
    .limit(ph('limit'))
    .prepare(name);
}

/**
 * The search (or list) query of a shape, built once per database handle with
 * placeholders, so a request only binds its values. A list page with no text
 * and no price range runs as a named prepared statement: its plan does not
 * hinge on the values (an order served by its index, at most an equality on
 * the category). Every other shape stays an unnamed statement, planned for
 * its values on each call as before (a rare word and a common one want
 * different plans).
 */
export function searchQuery(db: Tx, shape: SearchShape, values: SearchValues) {
  const key = `products_${shape.mode}_${shape.sort}${shape.category ? '_c' : ''}${shape.minPrice ? '_min' : ''}${shape.maxPrice ? '_max' : ''}${shape.inStock ? '_s' : ''}${shape.after ? '_a' : ''}`;
  const named = shape.mode === 'all' && !shape.minPrice && !shape.maxPrice;
  return boundSearch(
    preparedOn(db, key, (d) => build(d, shape, named ? key : '')),
    values,
  );
}

/**
 * A prepared search with its values bound, the cursor's as `k0`, `k1`, …:
 * its SQL (for EXPLAIN) and its rows.
 */
export function boundSearch<V extends { after: KeyValue[] | null }>(
  prepared: { getQuery(): Query; execute(values?: Record<string, unknown>): Promise<unknown> },
  values: V,
) {
  const bound: Record<string, unknown> = { ...values, after: undefined };
  values.after?.forEach((v, i) => {
    bound[`k${i}`] = v;
  });
  return {
    bound,
    toSQL: () => {
      const query = prepared.getQuery();
      return { sql: query.sql, params: fillPlaceholders(query.params, bound) };
    },
    execute: () => plainRows(prepared, bound) as Promise<Row[]>,
  };
}
