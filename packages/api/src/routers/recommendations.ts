import { recommendations } from '@mercato/core';
import { suggestionsInput, suggestionsOutput } from '../schemas/recommendations';
import { authedProcedure, router } from '../trpc';

export const recommendationsRouter = router({
  suggestions: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/checkout/suggestions',
        tags: ['recommendations'],
        summary:
          'Products to suggest to the caller: never one they bought, out of stock, deleted or their own; varied categories',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          404: 'Malformed context product id',
        },
      },
    })
    .input(suggestionsInput)
    .output(suggestionsOutput)
    .query(({ ctx, input }) => recommendations.suggest(ctx.db, ctx.config.currency, ctx.user.id, input)),
});
