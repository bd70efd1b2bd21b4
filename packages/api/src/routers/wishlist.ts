import { wishlist } from '@mercato/core';
import { okOutput, pageOf } from '../schemas/common';
import {
  addToWishlistInput,
  listWishlistInput,
  removeFromWishlistInput,
  wishlistItemOutput,
} from '../schemas/wishlist';
import { authedProcedure, router } from '../trpc';

const tags = ['wishlist'];

export const wishlistRouter = router({
  add: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/wishlist',
        tags,
        summary: 'Add a product to the caller’s wishlist (adding twice keeps one entry)',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          404: 'Unknown or deleted product',
        },
      },
      idempotent: true,
    })
    .input(addToWishlistInput)
    .output(wishlistItemOutput)
    .mutation(({ ctx, input }) =>
      wishlist.addToWishlist(ctx.db, ctx.config.currency, ctx.user.id, input.productId, ctx.now),
    ),

  list: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/wishlist',
        tags,
        summary: 'The caller’s wishlist, newest first (deleted products left out)',
        errorResponses: { 400: 'Invalid input or cursor', 401: 'Missing or invalid access token' },
      },
    })
    .input(listWishlistInput)
    .output(pageOf(wishlistItemOutput))
    .query(({ ctx, input }) => wishlist.listWishlist(ctx.db, ctx.config.currency, ctx.user.id, input)),

  remove: authedProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/wishlist/{productId}',
        tags,
        summary: 'Remove a product from the caller’s wishlist (idempotent)',
        errorResponses: { 401: 'Missing or invalid access token' },
      },
    })
    .input(removeFromWishlistInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await wishlist.removeFromWishlist(ctx.db, ctx.user.id, input.productId);
      return { ok: true as const };
    }),
});
