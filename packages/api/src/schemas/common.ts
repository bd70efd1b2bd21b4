import { z } from 'zod';
import { strictInt } from './text';

/** Any string: an id that is not one of ours is simply unknown, a 404 from the domain, never a 400. */
export const idSchema = z.string().describe('Opaque id');

export const pageInput = {
  limit: strictInt(1, 100).default(20).describe('Page size, 1..100'),
  cursor: z.string().max(500).optional().describe('The previous page’s nextCursor'),
};

/**
 * An input whose every field is optional: a tRPC caller may leave it out
 * (`products.list.query()`), and then gets the defaults, as with `{}`.
 */
export const optionalInput = <T extends z.ZodObject>(schema: T) => schema.prefault({} as z.input<T>);

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const okOutput = z.object({ ok: z.literal(true) });
