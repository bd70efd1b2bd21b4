import { createHash } from 'node:crypto';
import { categories, products, type Tx } from '@mercato/db';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { AppError, FieldError } from '../shared/errors';
import { isId } from '../shared/ids';
import { afterCursor, checkedKeys, type KeysetOrder, type KeyValue, orderByOf } from '../shared/keyset';
import { type CursorValue, decodeCursor, type Page, toPage } from '../shared/pagination';
import {
  COLUMN_ORDERS,
  live,
  type ProductData,
  type ProductFieldsRow,
  type ProductSort,
  productFields,
  toProductData,
} from './product';
import { parseSearchText, SEARCH_CONFIG, type SearchText } from './search-text';

export interface SearchInput {
  q?: string;
  categoryId?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  inStock?: boolean;
  sort?: ProductSort;
  limit: number;
  cursor?: string | null;
}

/**
 * words: full-text matches only. fuzzy: full-text or trigram-similar names,
 * chosen when the words alone find fewer than FUZZY_BELOW products.
 * all: no text query (a filtered list).
 */
type Mode = 'words' | 'fuzzy' | 'all';
const FUZZY_BELOW = 3;

type Row = ProductFieldsRow & { score: number };

export interface SearchPlan {
  /** The unexecuted query, so tests can EXPLAIN exactly what runs. */
  query: { toSQL(): { sql: string; params: unknown[] } } & PromiseLike<Row[]>;
  mode: Mode;
  sort: ProductSort;
  /** A row's cursor values: [sort, mode, text key, ...the order's keys]. */
  cursorOf(row: Row): CursorValue[];
}

const empty = <T>(): Page<T> => ({ items: [], nextCursor: null });

/**
 * A first page with a text query runs the word query first; only when it
 * finds fewer than FUZZY_BELOW products does a second query widen the match
 * to similar names. Later pages resume in the mode their cursor carries.
 */
export async function searchProducts(db: Tx, currency: string, input: SearchInput): Promise<Page<ProductData>> {
  let plan = planSearch(db, input);
  if (!plan) return empty();
  let rows = await plan.query;
  if (plan.mode === 'words' && !input.cursor && rows.length < FUZZY_BELOW) {
    plan = planSearch(db, input, 'fuzzy');
    if (!plan) return empty();
    rows = await plan.query;
  }
  return toPage(rows, input.limit, (r) => toProductData(r, currency), plan.cursorOf);
}

/**
 * Resolves the filters, text, mode and order into one query, or null when
 * nothing can match. The mode comes from the cursor, else `firstPageMode`.
 */
export function planSearch(db: Tx, input: SearchInput, firstPageMode: 'words' | 'fuzzy' = 'words'): SearchPlan | null {
  const q = input.q?.trim() ?? '';
  const text = q ? parseSearchText(q) : null;
  if (q && !text) return null;
  if (input.categoryId !== undefined && !isId(input.categoryId)) return null;

  const filters: SQL[] = [live];
  if (input.categoryId) filters.push(eq(products.categoryId, input.categoryId));
  if (input.minPriceCents !== undefined) filters.push(gte(products.priceCents, input.minPriceCents));
  if (input.maxPriceCents !== undefined) filters.push(lte(products.priceCents, input.maxPriceCents));
  if (input.inStock) filters.push(sql`${products.stock} > 0`);

  // Relevance ranks by a text: without one it would silently mean newest.
  if (input.sort === 'relevance' && !text) throw new FieldError('sort', 'sort=relevance needs a search text (q)');
  const sort = input.sort ?? (text ? 'relevance' : 'newest');
  const keyCount = sort === 'relevance' ? 2 : COLUMN_ORDERS[sort].keys.length;
  const textKey = keyOfText(text);

  let mode: Mode = text ? firstPageMode : 'all';
  let after: KeyValue[] | null = null;
  if (input.cursor) {
    // A cursor is [sort, mode, text key, ...keys]: only the query that made it may resume it.
    const [cursorSort, cursorMode, cursorText, ...keys] = decodeCursor(input.cursor, 3 + keyCount);
    const modeOk = text ? cursorMode === 'words' || cursorMode === 'fuzzy' : cursorMode === 'all';
    if (cursorSort !== sort || !modeOk || cursorText !== textKey) throw new AppError('BAD_REQUEST', 'Invalid cursor');
    mode = cursorMode as Mode;
    after = keys;
  }

  const tsq = text ? sql`to_tsquery(${SEARCH_CONFIG}::regconfig, ${text.tsquery})` : null;
  if (text && tsq) filters.push(matchOf(mode, tsq, text));
  // Only the relevance order needs a score; other orders skip ranking every match.
  const score = text && tsq && sort === 'relevance' ? scoreOf(mode, tsq, text) : sql<number>`0::float8`;

  const order: KeysetOrder & { cursorOf: (r: Row) => KeyValue[] } =
    sort === 'relevance'
      ? {
          dir: 'desc',
          keys: [
            { expr: score, kind: 'float' },
            { expr: products.id, kind: 'uuid' },
          ],
          cursorOf: (r) => [r.score, r.id],
        }
      : COLUMN_ORDERS[sort];
  if (after) filters.push(afterCursor(order, checkedKeys(order, after)));

  // A first word-mode page reads at least FUZZY_BELOW rows, so "too few matches" means the same for any limit.
  const fetch = mode === 'words' && !input.cursor ? Math.max(input.limit + 1, FUZZY_BELOW) : input.limit + 1;
  const query = db
    .select({ ...productFields, score: sql<number>`${score}`.mapWith(Number) })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(...filters))
    .orderBy(...orderByOf(order))
    .limit(fetch);
  return { query, mode, sort, cursorOf: (r) => [sort, mode, textKey, ...order.cursorOf(r)] };
}

/**
 * What a cursor remembers of the search text (the parsed query, so case and
 * punctuation do not matter): its keys mean nothing for another text.
 */
function keyOfText(text: SearchText | null): string {
  return text ? createHash('sha256').update(text.tsquery).digest('base64url').slice(0, 16) : '';
}

function matchOf(mode: Mode, tsq: SQL, text: SearchText): SQL {
  const words = sql`${products.searchVector} @@ ${tsq}`;
  // `<%` is word_similarity above pg_trgm.word_similarity_threshold (0.6), served by the trigram index on name.
  return mode === 'fuzzy' ? sql`(${words} OR ${text.trigram}::text <% ${products.name})` : words;
}

function scoreOf(mode: Mode, tsq: SQL, text: SearchText): SQL<number> {
  const rank = sql`ts_rank(${products.searchVector}, ${tsq})::float8`;
  return mode === 'fuzzy'
    ? sql<number>`(${rank} + word_similarity(${text.trigram}::text, ${products.name})::float8)`
    : sql<number>`${rank}`;
}
