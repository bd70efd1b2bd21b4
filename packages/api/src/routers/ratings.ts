import { reviews } from '@mercato/core';
import { productPageInput, ratingOutput, ratingsPageOutput, upsertRatingInput } from '../schemas/reviews';
import { authedProcedure, publicProcedure, router } from '../trpc';

const tags = ['reviews'];

export const ratingsRouter = router({
  upsert: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/ratings',
        tags,
        summary: 'Rate a product 1..5; a second rating by the same user replaces the first',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          403: 'The caller is the product’s seller: sellers cannot rate their own products',
          404: 'Unknown or deleted product',
        },
      },
      idempotent: true,
    })
    .input(upsertRatingInput)
    .output(ratingOutput)
    .mutation(({ ctx, input }) => reviews.upsertRating(ctx.db, { ...input, userId: ctx.user.id }, ctx.now)),

  list: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/products/{id}/ratings',
        tags,
        protect: false,
        summary: 'A product’s ratings, newest first, with its average and count',
        errorResponses: { 400: 'Invalid input or cursor', 404: 'Unknown or deleted product' },
      },
    })
    .input(productPageInput)
    .output(ratingsPageOutput)
    .query(({ ctx, input }) => reviews.listRatings(ctx.db, input.id, input)),
});
