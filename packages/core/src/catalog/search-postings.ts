import { categories, productSearchPostings as postings, products, type Tx } from '@mercato/db';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { KeyValue } from '../shared/keyset';
import { preparedOn } from '../shared/prepared';
import { live, productFields } from './product';
import { boundSearch, type SearchShape, type SearchValues } from './search-query';
import { SEARCH_CONFIG } from './search-text';

/**
 * The ranked search from impact-ordered postings (migration 0013).
 *
 * ts_rank of a one-term tsquery is the sum, over the lexemes of the vector the
 * term matches, of each lexeme's own score (tsrank.c, calc_rank_or, divided
 * by the one term). When the term's prefix matches a single lexeme of the
 * whole catalog, every matching product has exactly that lexeme, so its rank
 * is the lexeme's posting score, bit for bit (the posting is computed by
 * ts_rank itself). The first page of "relevance" is then the first rows of
 * that lexeme's postings in (score, id) descending order. Several terms
 * (calc_rank_and weighs their proximity, which no per-lexeme score composes
 * into) and prefixes of several lexemes stay on the GIN path.
 *
 * Filters (category, price, stock) are checked on the product of each posting
 * in rank order, among at most SCAN_CAP postings: a page filled from them is
 * exact; one that is not, with postings left unread, is answered by the GIN
 * path instead (a selective filter costs the same as before, plus the cap),
 * as is an empty one (the text is no sole lexeme, or nothing passed).
 */
export const SCAN_CAP = 1_000;

/** What decides the SQL text of a postings search (the values are bound per call): a search's filters. */
export type PostingsShape = Omit<SearchShape, 'mode' | 'sort'>;

/** A search's values: a words-mode one (a tsquery, no trigram text). */
export type PostingsValues = Omit<SearchValues, 'tsquery' | 'trigram'> & { tsquery: string };

const ph = sql.placeholder;

/** A score of a cursor the postings can resume: a float4 (what ts_rank returns), else only the GIN path can. */
export const isPostingScore = (v: KeyValue | undefined): boolean => typeof v === 'number' && Math.fround(v) === v;

const filtered = (shape: PostingsShape): boolean => shape.category || shape.minPrice || shape.maxPrice || shape.inStock;

/**
 * The postings of the one lexeme of the catalog that the tsquery matches
 * (product_search_sole_lexeme, migration 0013: two probes of the key), none
 * when it matches several or is not a single prefix term. Found in the same
 * statement as the page, so both read one snapshot: a product that adds a
 * second lexeme of the prefix cannot come between them.
 */
const ofSoleLexeme = (): SQL =>
  sql`${postings.lexeme} = product_search_sole_lexeme(to_tsquery(${SEARCH_CONFIG}::regconfig, ${ph('tsquery')}))`;

function afterPosting(shape: PostingsShape): SQL | undefined {
  return shape.after
    ? sql`(${postings.score}, ${postings.productId}) < (${ph('k0')}::real, ${ph('k1')}::uuid)`
    : undefined;
}

function build(d: Tx, shape: PostingsShape, name: string) {
  const ranked = d
    .select({ score: postings.score, productId: postings.productId })
    .from(postings)
    .where(and(ofSoleLexeme(), afterPosting(shape)))
    .orderBy(desc(postings.score), desc(postings.productId))
    .limit(ph('cap'))
    .as('ranked');
  const filters: SQL[] = [live];
  if (shape.category) filters.push(eq(products.categoryId, ph('categoryId')));
  if (shape.minPrice) filters.push(gte(products.priceCents, ph('minPriceCents')));
  if (shape.maxPrice) filters.push(lte(products.priceCents, ph('maxPriceCents')));
  if (shape.inStock) filters.push(sql`${products.stock} > 0`);
  return d
    .select({ ...productFields, score: sql<number>`${ranked.score}::float8`.as('score') })
    .from(ranked)
    .innerJoin(products, eq(products.id, ranked.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(...filters))
    .orderBy(desc(ranked.score), desc(ranked.productId))
    .limit(ph('limit'))
    .prepare(name);
}

function buildUnread(d: Tx, shape: PostingsShape, name: string) {
  const window = d
    .select({ one: sql`1` })
    .from(postings)
    .where(and(ofSoleLexeme(), afterPosting(shape)))
    .limit(ph('cap'))
    .as('window');
  return d
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(window)
    .prepare(name);
}

const keyOf = (prefix: string, shape: PostingsShape) =>
  `${prefix}${shape.category ? '_c' : ''}${shape.minPrice ? '_min' : ''}${shape.maxPrice ? '_max' : ''}${shape.inStock ? '_s' : ''}${shape.after ? '_a' : ''}`;

/**
 * The postings query of a shape. Its plan does not hinge on the values (one
 * lexeme's range of the primary key, backward, then primary-key reads of
 * products), so it runs as a named prepared statement.
 */
export function postingsQuery(db: Tx, shape: PostingsShape, values: PostingsValues) {
  const key = keyOf('products_postings', shape);
  const prepared = preparedOn(db, key, (d) => build(d, shape, key));
  const cap = filtered(shape) ? Math.max(SCAN_CAP, values.limit) : values.limit;
  const search = boundSearch(prepared, { ...values, cap });
  return {
    toSQL: search.toSQL,
    execute: search.execute,
    /**
     * Whether the rows are the whole answer although fewer than `limit`:
     * the postings read (at most the cap) were all there are after the cursor.
     */
    complete: async (rows: number): Promise<boolean> => {
      if (rows >= values.limit) return true;
      const ukey = keyOf('products_postings_window', {
        ...shape,
        category: false,
        minPrice: false,
        maxPrice: false,
        inStock: false,
      });
      const unread = preparedOn(db, ukey, (d) => buildUnread(d, shape, ukey));
      const [r] = (await unread.execute(search.bound)) as { n: number }[];
      return (r?.n ?? 0) < cap;
    },
  };
}
