import { catalog } from '@mercato/core';
import { z } from 'zod';
import { sellerProcedure } from '../catalog-procedures';
import { createProductInput, listProductsInput, pathId, productOutput, updateProductInput } from '../schemas/catalog';
import { okOutput, pageOf } from '../schemas/common';
import { publicProcedure, router } from '../trpc';

const tags = ['products'];
const writeErrors = {
  400: 'Invalid input (or unknown categoryId)',
  401: 'Missing or invalid access token',
  403: 'Not an admin or the seller who owns the product',
};

export const productsRouter = router({
  list: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/products',
        tags,
        protect: false,
        summary: 'List live products (keyset pages; newest first by default)',
        description: 'sort=relevance ranks by a search text, so a list refuses it (400): use GET /search with q.',
        errorResponses: { 400: 'Invalid input or cursor' },
      },
    })
    .input(listProductsInput)
    .output(pageOf(productOutput))
    .query(({ ctx, input }) => catalog.listProducts(ctx.db, ctx.config.currency, input)),

  byId: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/products/{id}',
        tags,
        protect: false,
        summary: 'A product',
        errorResponses: { 404: 'Unknown or deleted product' },
      },
    })
    .input(z.object({ id: pathId }))
    .output(productOutput)
    .query(({ ctx, input }) => catalog.getProduct(ctx.db, ctx.config.currency, input.id)),

  create: sellerProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/products',
        tags,
        summary: 'Create a product (admin or seller); the caller becomes its seller',
        errorResponses: { ...writeErrors, 403: 'Not an admin or a seller' },
      },
      successStatus: 201,
      idempotent: true,
    })
    .input(createProductInput)
    .output(productOutput)
    .mutation(({ ctx, input }) => catalog.createProduct(ctx.db, ctx.config.currency, ctx.user.id, input, ctx.now)),

  update: sellerProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: '/products/{id}',
        tags,
        summary: 'Change any subset of a product’s fields (admin or owning seller)',
        errorResponses: { ...writeErrors, 404: 'Unknown or deleted product' },
      },
    })
    .input(updateProductInput)
    .output(productOutput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...patch } = input;
      return catalog.updateProduct(ctx.db, ctx.config.currency, ctx.user, id, patch, ctx.now);
    }),

  delete: sellerProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/products/{id}',
        tags,
        summary: 'Delete a product (admin or owning seller); past orders keep their lines',
        errorResponses: { ...writeErrors, 404: 'Unknown or already deleted product' },
      },
    })
    .input(z.object({ id: pathId }))
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await catalog.deleteProduct(ctx.db, ctx.user, input.id, ctx.now);
      return { ok: true as const };
    }),
});
