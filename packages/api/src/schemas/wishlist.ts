import { z } from 'zod';
import { pathId, productOutput } from './catalog';
import { idSchema, optionalInput, pageInput } from './common';

export const wishlistItemOutput = z
  .object({
    productId: z.string(),
    product: productOutput,
    addedAt: z.string().describe('ISO 8601, UTC'),
  })
  .meta({ id: 'WishlistItem' });

export const addToWishlistInput = z.object({ productId: idSchema });
export const removeFromWishlistInput = z.object({ productId: pathId });
export const listWishlistInput = optionalInput(z.object({ ...pageInput }));
