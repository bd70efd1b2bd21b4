import { FieldError, type ProductData } from '@mercato/core';
import { TRPCError } from '@trpc/server';
import { ZodRealError } from 'zod';
import { middleware, roleProcedure } from './trpc';

/**
 * A FieldError from the domain (e.g. an unknown categoryId) answers like any
 * input error: 400 with `issues` naming the field.
 */
export const fieldErrors = middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof FieldError) {
    const { field, message } = result.error.cause;
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message,
      // ZodRealError (unlike ZodError) is an Error, so tRPC keeps it as the cause the formatter reads.
      cause: new ZodRealError([{ code: 'custom', path: [field], message, input: undefined }]),
    });
  }
  return result;
});

export const sellerProcedure = roleProcedure('admin', 'seller');

/** Products carry the store currency (configuration, not a column). */
export const priced =
  (currency: string) =>
  (p: ProductData): ProductData & { currency: string } => ({ ...p, currency });

export const pricedPage = <T extends { items: ProductData[] }>(page: T, currency: string) => ({
  ...page,
  items: page.items.map(priced(currency)),
});
