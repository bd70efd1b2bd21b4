import { z } from 'zod';

export const idSchema = z.string().min(1).max(100).describe('Opaque id');

export const pageInput = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1..100'),
  cursor: z.string().max(500).optional().describe('The previous page’s nextCursor'),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const okOutput = z.object({ ok: z.literal(true) });
