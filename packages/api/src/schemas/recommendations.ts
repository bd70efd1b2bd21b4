import { z } from 'zod';
import { productOutput } from './catalog';
import { idSchema, optionalInput } from './common';
import { strictInt } from './text';

export const suggestionsInput = optionalInput(
  z.object({
    limit: strictInt(1, 50).default(5).describe('How many suggestions, 1..50'),
    productId: idSchema.optional().describe('Context: the product being looked at ("bought together")'),
  }),
);

export const suggestionOutput = productOutput
  .extend({ reason: z.string().optional().describe('Why it is suggested, e.g. "bought together with Lamp"') })
  .meta({ id: 'Suggestion' });

export const suggestionsOutput = z.object({
  items: z.array(suggestionOutput),
  strategy: z
    .enum(['personalized', 'popular'])
    .describe(
      '`personalized` when the caller has purchase history (paid orders), else `popular`; a `productId` context or cart lines rank by “bought together” either way',
    ),
});
