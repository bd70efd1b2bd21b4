import type { Tx } from '@mercato/db';
import { type ProductData, type ProductFieldsRow, toProductData } from '../catalog/product';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { runNamed } from './prepared';
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

/**
 * The suggestions for one user: one prepared statement (suggest-query.ts)
 * picks, scores and diversifies them; here each gets its reason.
 */
export async function suggest(
  db: Tx,
  currency: string,
  userId: string,
  input: SuggestInput,
): Promise<{ items: Suggestion[]; strategy: Strategy }> {
  if (input.productId !== undefined && !isId(input.productId)) throw notFound('Product');
  const rows = await runNamed<Row>(db, 'rec_suggest', suggestionQuery(userId, input.productId ?? null, input.limit));
  const items = rows.map((r) => {
    // Raw rows: numbers may come back as text and timestamps as strings.
    const cf = Number(r.cf);
    const reason =
      cf > 0 && r.because
        ? `bought together with ${r.because}`
        : Number(r.catAff) > 0
          ? `popular in ${r.categoryName}`
          : 'popular right now';
    const row = {
      ...r,
      ratingAverage: Number(r.ratingAverage),
      createdAt: new Date(r.createdAt),
      updatedAt: new Date(r.updatedAt),
    };
    return { ...toProductData(row, currency), reason };
  });
  // `personalized` means from purchase history (the contract); a context or cart alone still ranks by co-occurrence.
  return { items, strategy: rows.some((r) => r.history) ? 'personalized' : 'popular' };
}
