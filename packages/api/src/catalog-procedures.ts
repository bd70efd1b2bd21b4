import type { ProductData } from '@mercato/core';
import { roleProcedure } from './trpc';

export const sellerProcedure = roleProcedure('admin', 'seller');

/** Products carry the store currency (configuration, not a column). */
export const priced =
  (currency: string) =>
  (p: ProductData): ProductData & { currency: string } => ({ ...p, currency });

export const pricedPage = <T extends { items: ProductData[] }>(page: T, currency: string) => ({
  ...page,
  items: page.items.map(priced(currency)),
});
