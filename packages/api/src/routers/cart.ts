import { cart } from '@mercato/core';
import { addToCartInput, cartItemPath, cartOutput, setCartQuantityInput } from '../schemas/commerce';
import { authedProcedure, router } from '../trpc';

const tags = ['cart'];
const authError = { 401: 'Missing or invalid access token' };

const settings = (config: { currency: string; checkout: { maxLineQuantity: number } }) => ({
  currency: config.currency,
  maxLineQuantity: config.checkout.maxLineQuantity,
});

export const cartRouter = router({
  get: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/cart',
        tags,
        summary: 'The caller’s cart, at live prices',
        errorResponses: authError,
      },
    })
    .input(cartItemPath.pick({}))
    .output(cartOutput)
    .query(({ ctx }) => cart.getCart(ctx.db, ctx.user.id, ctx.config.currency)),

  add: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/cart',
        tags,
        summary: 'Add units of a product (adds to the line of a product already in the cart)',
        errorResponses: {
          ...authError,
          400: 'Invalid input, or more than MAX_LINE_QUANTITY units in the line',
          404: 'Unknown or deleted product',
          409: 'More units than are available',
        },
      },
      idempotent: true,
    })
    .input(addToCartInput)
    .output(cartOutput)
    .mutation(({ ctx, input }) => cart.addToCart(ctx.db, ctx.user.id, input, settings(ctx.config), ctx.now)),

  update: authedProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: '/cart/{itemId}',
        tags,
        summary: 'Set the quantity of a cart line',
        errorResponses: {
          ...authError,
          400: 'Invalid input, or more than MAX_LINE_QUANTITY units',
          404: 'Unknown cart line (or another user’s), or a deleted product',
          409: 'More units than are available',
        },
      },
    })
    .input(setCartQuantityInput)
    .output(cartOutput)
    .mutation(({ ctx, input }) =>
      cart.setCartQuantity(ctx.db, ctx.user.id, input.itemId, input.quantity, settings(ctx.config), ctx.now),
    ),

  remove: authedProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/cart/{itemId}',
        tags,
        summary: 'Remove a cart line',
        errorResponses: { ...authError, 404: 'Unknown cart line (or another user’s)' },
      },
    })
    .input(cartItemPath)
    .output(cartOutput)
    .mutation(({ ctx, input }) => cart.removeFromCart(ctx.db, ctx.user.id, input.itemId, ctx.config.currency)),
});
