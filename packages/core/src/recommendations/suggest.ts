import type { Tx } from '@mercato/db';
import { type ProductData, type ProductFieldsRow, toProductData } from '../catalog/product';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { runNamed } from './prepared';
import { contextServeQuery } from './suggest-context';
import { listServeQuery } from './suggest-list';
import { suggestionQuery } from './suggest-query';

export interface SuggestInput {
  limit: number;
  /** "Bought together": the product the shopper is looking at. */
  productId?: string;
}

export type Suggestion = ProductData & { reason?: string };
export type Strategy = 'personalized' | 'popular';

interface Row extends ProductFieldsRow {
  cf: number;
  catAff: number;
  because: string | null;
  /** The caller has paid orders: the contract's `personalized`. */
  history: boolean;
}

interface ListRow extends Omit<ProductFieldsRow, 'id'> {
  id: string | null;
  /** The cart has lines: they are the context. */
  cartLines: boolean;
  complete: boolean;
  history: boolean;
  fits: number;
  favourite: boolean;
  because: string | null;
}

interface ContextRow extends ProductFieldsRow {
  favourite: boolean;
  because: string | null;
  history: boolean;
}

type Suggestions = { items: Suggestion[]; strategy: Strategy };

/**
 * The suggestions for one user. With a context product or cart lines, their
 * partners lead, then the user's list (suggest-context.ts). Without either,
 * a user with a list (suggest-list.ts) is answered from it when it holds the
 * exact answer: enough candidates within their category's share, or every
 * candidate there was. Otherwise (no list yet, or too few of its entries
 * left) one prepared statement (suggest-query.ts) picks, scores and
 * diversifies them. Each gets its reason.
 */
export async function suggest(db: Tx, currency: string, userId: string, input: SuggestInput): Promise<Suggestions> {
  if (input.productId !== undefined) {
    if (!isId(input.productId)) throw notFound('Product');
    return inContext(db, currency, userId, input.productId, input.limit);
  }
  const listed = await runNamed<ListRow>(db, 'rec_suggest_list', listServeQuery, { user: userId, limit: input.limit });
  const head = listed[0];
  if (head?.cartLines) return inContext(db, currency, userId, null, input.limit);
  if (head && (head.complete || head.fits >= input.limit)) {
    const rows = listed.filter((r): r is ListRow & { id: string } => r.id !== null);
    const items = rows.map((r) => item(r, currency, reasonOf(r.because, r.favourite, r.categoryName)));
    return { items, strategy: head.history ? 'personalized' : 'popular' };
  }
  const rows = await runNamed<Row>(db, 'rec_suggest', suggestionQuery, {
    user: userId,
    withCart: true,
    limit: input.limit,
  });
  const items = rows.map((r) =>
    item(r, currency, reasonOf(Number(r.cf) > 0 ? r.because : null, Number(r.catAff) > 0, r.categoryName)),
  );
  // `personalized` means from purchase history (the contract).
  return { items, strategy: rows.some((r) => r.history) ? 'personalized' : 'popular' };
}

/** The answer for a product page (`productId`) or a cart: see suggest-context.ts. */
async function inContext(db: Tx, currency: string, userId: string, productId: string | null, limit: number) {
  const rows = await runNamed<ContextRow>(db, 'rec_suggest_context', contextServeQuery, {
    user: userId,
    product: productId,
    limit,
  });
  const items = rows.map((r) => item(r, currency, reasonOf(r.because, r.favourite, r.categoryName)));
  const strategy: Strategy = rows.some((r) => r.history) ? 'personalized' : 'popular';
  return { items, strategy };
}

function reasonOf(boughtWith: string | null, favouriteCategory: boolean, categoryName: string): string {
  if (boughtWith) return `bought together with ${boughtWith}`;
  return favouriteCategory ? `popular in ${categoryName}` : 'popular right now';
}

/** Raw rows: numbers may come back as text (timestamps come as text, as productFields reads them). */
function item(r: ProductFieldsRow, currency: string, reason: string): Suggestion {
  return { ...toProductData({ ...r, ratingAverage: Number(r.ratingAverage) }, currency), reason };
}
