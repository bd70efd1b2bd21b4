import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { restQueryOf } from './query-input';
import { inputShapeOf } from './rest-input-shape';

describe('inputShapeOf', () => {
  it('finds the fields a single query value is wrapped into an array for, as trpc-to-openapi did', () => {
    const shape = inputShapeOf(
      z.object({
        tags: z.array(z.string()),
        optional: z.array(z.string()).optional(),
        defaulted: z.array(z.string()).default([]),
        one: z.string(),
      }),
    );
    // trpc-to-openapi looked through `.optional()` only.
    expect(shape.arrayKeys).toEqual(['tags', 'optional']);
  });

  it('reads an all-optional input under its prefault, and a void input as none', () => {
    const prefaulted = inputShapeOf(z.object({ ids: z.array(z.string()).optional() }).prefault({}));
    expect([prefaulted.none, prefaulted.arrayKeys]).toEqual([false, ['ids']]);
    expect(inputShapeOf(z.void()).none).toBe(true);
    expect(inputShapeOf(undefined).none).toBe(false);
  });
});

describe('restQueryOf', () => {
  const shape = inputShapeOf(
    z.object({ limit: z.number().optional(), flag: z.boolean().optional(), q: z.string().optional() }),
  );

  it('gives a key given once its value, a repeated key the array of its values, converted by field', () => {
    const query = restQueryOf(shape, new URLSearchParams('limit=2&flag=true&q=10&q=x&other=1&empty='));
    expect(query).toEqual({ limit: 2, flag: true, q: ['10', 'x'], other: '1', empty: '' });
  });

  it('leaves text that is not a number or a boolean as text, for validation to name', () => {
    expect(restQueryOf(shape, new URLSearchParams('limit=1e3&flag=yes'))).toEqual({ limit: '1e3', flag: 'yes' });
  });
});
