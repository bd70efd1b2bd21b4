import { inputShapeOf, restRouteOf } from '@mercato/api';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { restInputOf, splitUrl } from '../src/http/rest-input';

/** A route of the real table with another input shape: no REST query takes an array yet. */
function routeWith(input: unknown) {
  const found = restRouteOf('GET', '/products/abc');
  if (!found) throw new Error('no GET /products/{id}');
  return { ...found, route: { ...found.route, shape: inputShapeOf(input) } };
}

describe('restInputOf', () => {
  it('wraps a single query value of an array field in an array, as trpc-to-openapi did', async () => {
    const { route, params } = routeWith(z.object({ id: z.string(), tags: z.array(z.string()).optional() }));
    const request = new Request('http://x/api/products/abc?tags=a');
    expect(await restInputOf(request, 'GET', route, params, 'tags=a')).toEqual({ id: 'abc', tags: ['a'] });
    expect(await restInputOf(request, 'GET', route, params, 'tags=a&tags=b')).toEqual({ id: 'abc', tags: ['a', 'b'] });
  });

  it('keeps path parameters as the URL spells them', () => {
    const found = restRouteOf('GET', '/products/a%20b');
    expect(found?.params).toEqual({ id: 'a%20b' });
  });
});

describe('splitUrl', () => {
  it('splits as new URL does', () => {
    for (const url of [
      'http://h/api/products?limit=2',
      'http://h/api/products',
      'http://h/api/products?',
      'http://h/api/products?a=1#frag?x',
      'http://h/api/products#frag?x=1',
      'http://h:3000/api/x%20y?q=%20',
    ]) {
      const parsed = new URL(url);
      expect(splitUrl(url), url).toEqual({ path: parsed.pathname, query: parsed.search.slice(1) });
    }
  });
});
