import { cart, catalog, users } from '@mercato/core';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';

export interface Statement {
  text: string;
  values: unknown[];
}

/** The SQL each benchmarked route runs, captured from Mercato's own query builders (so the floor runs the very same). */
export interface RouteSql {
  list: Statement[];
  byId: Statement[];
  search: Statement[];
  cart: Statement[];
}

export const LIST_LIMIT = 20;
export const SEARCH_Q = 'headphones';

export async function captureRouteSql(pool: pg.Pool, productId: string, userId: string): Promise<RouteSql> {
  let captured: Statement[] = [];
  const db = drizzle({
    client: pool,
    casing: 'snake_case',
    logger: { logQuery: (text, values) => captured.push({ text, values }) },
  }) as never;
  const take = async (run: () => Promise<unknown>) => {
    captured = [];
    await run();
    return captured;
  };
  return {
    list: await take(() => catalog.listProducts(db, 'usd', { limit: LIST_LIMIT })),
    byId: await take(() => catalog.getProduct(db, 'usd', productId)),
    search: await take(() => catalog.searchProducts(db, 'usd', { q: SEARCH_Q, limit: LIST_LIMIT })),
    // The authenticated routes read the caller's current role first (api/src/trpc.ts), then the cart.
    cart: await take(async () => {
      await users.currentRole(db, userId);
      await cart.getCart(db, userId, 'usd');
    }),
  };
}
