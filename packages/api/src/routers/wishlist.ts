import { wishlist } from '@mercato/core';
import { priced } from '../catalog-procedures';
import { okOutput, pageOf } from '../schemas/common';
import {
  addToWishlistInput,
  listWishlistInput,
  removeFromWishlistInput,
  wishlistItemOutput,
} from '../schemas/wishlist';
import { authedProcedure, router } from '../trpc';

const tags = ['wishlist'];

const withCurrency = (currency: string) => (item: wishlist.WishlistItem) => ({
  ...item,
  product: priced(currency)(item.product),
});

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
    })
    .input(addToWishlistInput)
    .output(wishlistItemOutput)
    .mutation(async ({ ctx, input }) =>
      withCurrency(ctx.config.currency)(await wishlist.addToWishlist(ctx.db, ctx.user.id, input.productId, ctx.now)),
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
    .query(async ({ ctx, input }) => {
      const page = await wishlist.listWishlist(ctx.db, ctx.user.id, input);
      return { ...page, items: page.items.map(withCurrency(ctx.config.currency)) };
    }),

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
