import { reviews } from '@mercato/core';
import { pageOf } from '../schemas/common';
import { commentOutput, createCommentInput, productPageInput } from '../schemas/reviews';
import { authedProcedure, publicProcedure, router } from '../trpc';

const tags = ['reviews'];

export const commentsRouter = router({
  create: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/comments',
        tags,
        summary: 'Comment on a product (1..2000 characters, stored as written)',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          404: 'Unknown or deleted product',
        },
      },
      successStatus: 201,
      idempotent: true,
    })
    .input(createCommentInput)
    .output(commentOutput)
    .mutation(({ ctx, input }) => reviews.createComment(ctx.db, { ...input, userId: ctx.user.id }, ctx.now)),

  list: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/products/{id}/comments',
        tags,
        protect: false,
        summary: 'A product’s comments, newest first',
        errorResponses: { 400: 'Invalid input or cursor', 404: 'Unknown or deleted product' },
      },
    })
    .input(productPageInput)
    .output(pageOf(commentOutput))
    .query(({ ctx, input }) => reviews.listComments(ctx.db, input.id, input)),
});
