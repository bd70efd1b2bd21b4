import { z } from 'zod';
import { pathId } from './catalog';
import { idSchema, pageInput } from './common';
import { strictInt, text } from './text';

export const ratingOutput = z
  .object({
    id: z.string(),
    productId: z.string(),
    userId: z.string(),
    authorName: z.string(),
    rating: z.number().int().min(1).max(5),
    review: z.string().nullable(),
    verifiedPurchase: z.boolean().describe('The author bought the product'),
    createdAt: z.string().describe('ISO 8601, UTC'),
    updatedAt: z.string().describe('ISO 8601, UTC; changes when the author replaces the rating'),
  })
  .meta({ id: 'Rating' });

export const upsertRatingInput = z.object({
  productId: idSchema,
  rating: strictInt(1, 5).describe('Integer 1..5'),
  review: text(1, 2000).nullable().optional(),
});

export const productPageInput = z.object({ id: pathId, ...pageInput });

export const ratingsPageOutput = z.object({
  items: z.array(ratingOutput),
  nextCursor: z.string().nullable(),
  average: z.number().nullable().describe('Mean rating, 2 decimals; null without ratings'),
  count: z.number().int(),
});

export const commentOutput = z
  .object({
    id: z.string(),
    productId: z.string(),
    userId: z.string(),
    authorName: z.string(),
    body: z.string().describe('As written: plain text, never rendered as HTML by the server'),
    createdAt: z.string().describe('ISO 8601, UTC'),
  })
  .meta({ id: 'Comment' });

export const createCommentInput = z.object({
  productId: idSchema,
  body: text(1, 2000),
});
