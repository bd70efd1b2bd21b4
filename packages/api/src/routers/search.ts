import { catalog } from '@mercato/core';
import { productOutput, searchInput } from '../schemas/catalog';
import { pageOf } from '../schemas/common';
import { publicProcedure, router } from '../trpc';

export const searchRouter = router({
  query: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/search',
        tags: ['products'],
        protect: false,
        summary: 'Search live products by words, prefixes and near-miss spellings, with filters and sorts',
        description:
          'Words match the name, category name and description (in that order of weight); each word also ' +
          'matches as a prefix. When the words find fewer than 3 products, a word the catalog does not know ' +
          '(not even as a prefix) also matches its closest known words (one edit for 4 to 5 characters, two ' +
          'for longer words; swapping two adjacent letters is one edit), and names similar to the query ' +
          '(trigram similarity) are included too. Only letters and digits of `q` are used.',
        errorResponses: { 400: 'Invalid input or cursor' },
      },
    })
    .input(searchInput)
    .output(pageOf(productOutput))
    .query(({ ctx, input }) => catalog.searchProducts(ctx.db, ctx.config.currency, input)),
});
