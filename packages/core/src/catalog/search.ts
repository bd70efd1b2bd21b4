import { createHash } from 'node:crypto';
import type { Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { AppError, FieldError } from '../shared/errors';
import { isId } from '../shared/ids';
import { checkedKeys, type KeyValue } from '../shared/keyset';
import { type CursorValue, decodeCursor, type Page, toPage } from '../shared/pagination';
import { type ProductData, type ProductSort, toProductData } from './product';
import { isPostingScore, postingsQuery } from './search-postings';
import { type Mode, orderOf, type Row, searchQuery } from './search-query';
import { parseSearchText, type SearchText } from './search-text';
import { correctedTsquery } from './typos';

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

/** Fuzzy (trigram-similar names too) is chosen when the words alone find fewer than FUZZY_BELOW products. */
const FUZZY_BELOW = 3;

export interface SearchPlan {
  /** The unexecuted query, so tests can EXPLAIN exactly what runs. */
  query: { toSQL(): { sql: string; params: unknown[] }; execute(): Promise<Row[]> };
  mode: Mode;
  sort: ProductSort;
  /** The parsed search text (null without one), which a fuzzy query corrects. */
  text: SearchText | null;
  /** A row's cursor values: [sort, mode, text key, ...the order's keys]. */
  cursorOf(row: Row): CursorValue[];
  /** The rows the query asks for (the page and one more, or FUZZY_BELOW). */
  fetch: number;
  /** Set on a plan that ranks from the postings (search-postings.ts). */
  postings?: { complete(rows: number): Promise<boolean> };
}

const empty = <T>(): Page<T> => ({ items: [], nextCursor: null });

/**
 * A first page with a text query runs the word query first; only when it
 * finds fewer than FUZZY_BELOW products does a second query widen the match:
 * the words the catalog does not know are corrected to close ones it does
 * (typos.ts), and names similar to the whole text match too. Later pages
 * resume in the mode their cursor carries (a fuzzy page corrects again).
 */
export async function searchProducts(db: Tx, currency: string, input: SearchInput): Promise<Page<ProductData>> {
  // A one-term relevance query whose prefix is one lexeme of the catalog plans on the postings (exact).
  let plan = planSearch(db, input, 'words', undefined, true);
  if (!plan) return empty();
  let rows: Row[] | null = null;
  if (plan.postings) {
    const found = await plan.query.execute();
    // None (no sole lexeme, or nothing passed the filters), or a page the filters left short with
    // postings unread: the GIN query answers instead.
    if (found.length > 0 && (await plan.postings.complete(found.length))) rows = found;
    else plan = planSearch(db, input);
    if (!plan) return empty();
  }
  if (rows === null) rows = plan.mode === 'fuzzy' ? [] : await plan.query.execute();
  if (plan.mode === 'fuzzy' || (plan.mode === 'words' && !input.cursor && rows.length < FUZZY_BELOW)) {
    const corrected = plan.text ? await correctedTsquery(db, plan.text) : undefined;
    plan = planSearch(db, input, 'fuzzy', corrected);
    if (!plan) return empty();
    rows = await plan.query.execute();
  }
  return toPage(rows, input.limit, (r) => toProductData(r, currency), plan.cursorOf);
}

/**
 * Resolves the filters, text, mode and order into one query, or null when
 * nothing can match. The mode comes from the cursor, else `firstPageMode`.
 * A fuzzy query matches `corrected` (typos.ts; the text's own without it); the
 * cursor's text key stays that of the text as typed. With `postings`, a
 * words-mode relevance search ranks from the postings of its text's sole
 * lexeme (search-postings.ts), unless its cursor's score is no float4 (a
 * forged one: then the GIN query is planned, which resumes any number).
 */
export function planSearch(
  db: Tx,
  input: SearchInput,
  firstPageMode: 'words' | 'fuzzy' = 'words',
  corrected?: string,
  postings = false,
): SearchPlan | null {
  const q = input.q?.trim() ?? '';
  const text = q ? parseSearchText(q) : null;
  if (q && !text) return null;
  if (input.categoryId !== undefined && !isId(input.categoryId)) return null;

  // Relevance ranks by a text: without one it would silently mean newest.
  if (input.sort === 'relevance' && !text) throw new FieldError('sort', 'sort=relevance needs a search text (q)');
  const sort = input.sort ?? (text ? 'relevance' : 'newest');
  // The score's expression does not matter here: only the kinds of the order's keys (to check a cursor).
  const order = orderOf(sort, sql`0`);
  const textKey = keyOfText(text);

  let mode: Mode = text ? firstPageMode : 'all';
  let after: KeyValue[] | null = null;
  if (input.cursor) {
    // A cursor is [sort, mode, text key, ...keys]: only the query that made it may resume it.
    const [cursorSort, cursorMode, cursorText, ...keys] = decodeCursor(input.cursor, 3 + order.keys.length);
    const modeOk = text ? cursorMode === 'words' || cursorMode === 'fuzzy' : cursorMode === 'all';
    if (cursorSort !== sort || !modeOk || cursorText !== textKey) throw new AppError('BAD_REQUEST', 'Invalid cursor');
    mode = cursorMode as Mode;
    after = checkedKeys(order, keys);
  }

  // A first word-mode page reads at least FUZZY_BELOW rows, so "too few matches" means the same for any limit.
  const fetch = mode === 'words' && !input.cursor ? Math.max(input.limit + 1, FUZZY_BELOW) : input.limit + 1;
  const cursorOf = (r: Row) => [sort, mode, textKey, ...order.cursorOf(r)];
  if (postings && text && mode === 'words' && sort === 'relevance' && (after === null || isPostingScore(after[0]))) {
    const filters = {
      category: Boolean(input.categoryId),
      minPrice: input.minPriceCents !== undefined,
      maxPrice: input.maxPriceCents !== undefined,
      inStock: Boolean(input.inStock),
      after: after !== null,
    };
    const query = postingsQuery(db, filters, {
      tsquery: text.tsquery,
      categoryId: input.categoryId,
      minPriceCents: input.minPriceCents,
      maxPriceCents: input.maxPriceCents,
      after,
      limit: fetch,
    });
    return { query, mode, sort, text, cursorOf, fetch, postings: { complete: query.complete } };
  }
  const query = searchQuery(
    db,
    {
      mode,
      sort,
      category: Boolean(input.categoryId),
      minPrice: input.minPriceCents !== undefined,
      maxPrice: input.maxPriceCents !== undefined,
      inStock: Boolean(input.inStock),
      after: after !== null,
    },
    {
      tsquery: mode === 'fuzzy' ? (corrected ?? text?.tsquery) : text?.tsquery,
      trigram: text?.trigram,
      categoryId: input.categoryId,
      minPriceCents: input.minPriceCents,
      maxPriceCents: input.maxPriceCents,
      after,
      limit: fetch,
    },
  );
  return { query, mode, sort, text, cursorOf, fetch };
}

/**
 * What a cursor remembers of the search text (the parsed query, so case and
 * punctuation do not matter): its keys mean nothing for another text.
 */
export function keyOfText(text: SearchText | null): string {
  return text ? createHash('sha256').update(text.tsquery).digest('base64url').slice(0, 16) : '';
}
