import type { AppRouter } from '@mercato/api';
import { products } from '@mercato/db';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type CatalogActors, catalogActors, makeCategory, makeProduct, pageThrough } from './catalog-helpers';
import { createUser, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
let audio: { id: string };
let kitchen: { id: string };
const p: Record<string, { id: string }> = {};

beforeAll(async () => {
  server = await startTestServer();
  who = await catalogActors(server);
  audio = await makeCategory(server, who.admin, 'Audio');
  kitchen = await makeCategory(server, who.admin, 'Kitchen');
  const items = [
    ['anc', 'Wireless Noise-Cancelling Headphones', audio, 24_999, 5, 'Over-ear, 30-hour battery.'],
    ['studio', 'Studio Monitor Headphones', audio, 14_950, 0, 'Closed-back, flat response.'],
    ['speaker', 'Portable Bluetooth Speaker', audio, 7_999, 10, 'Waterproof, for the beach and the party.'],
    ['espresso', 'Espresso Machine', kitchen, 34_900, 3, 'Brews rich espresso with crema.'],
    ['skillet', 'Cast Iron Skillet', kitchen, 3_999, 7, 'Pre-seasoned pan for searing.'],
    ['organizer', 'Desk Organizer', kitchen, 2_500, 12, 'Keeps cables, pens and headphones tidy.'],
  ] as const;
  for (const [key, name, category, priceCents, stock, description] of items) {
    p[key] = await makeProduct(server, who.seller, { name, categoryId: category.id, priceCents, stock, description });
  }
});
afterAll(() => server.close());

async function search(query: string) {
  const res = await server.api('GET', `/api/search?${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body.items as { id: string; name: string; priceCents: number; stock: number }[];
}
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('GET /api/search: text', () => {
  it('finds a whole word in the name', async () => {
    expect(ids(await search('q=speaker'))).toEqual([p.speaker?.id]);
  });

  it('matches word prefixes ("headph" finds Headphones)', async () => {
    const found = ids(await search('q=headph'));
    expect(found).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining([p.anc?.id, p.studio?.id, p.organizer?.id]));
  });

  it('ranks name matches above description matches', async () => {
    const found = ids(await search('q=headphones'));
    expect(found.slice(0, 2).sort()).toEqual([p.anc?.id, p.studio?.id].sort());
    expect(found.at(-1)).toBe(p.organizer?.id);
  });

  it('requires every word (prefix each), in any case', async () => {
    expect(ids(await search('q=WIRELESS%20headph'))).toEqual([p.anc?.id]);
    expect(ids(await search('q=wireless%20skillet'))).toEqual([]);
  });

  it('tolerates a typo ("hedphones") through trigram similarity on names', async () => {
    const found = ids(await search('q=hedphones'));
    expect(found).toEqual(expect.arrayContaining([p.anc?.id, p.studio?.id]));
    expect(found).not.toContain(p.skillet?.id);
    expect(ids(await search('q=expresso%20machin'))[0]).toBe(p.espresso?.id);
  });

  it('matches the category name, and follows a category rename', async () => {
    expect(ids(await search('q=kitchen')).sort()).toEqual([p.espresso?.id, p.skillet?.id, p.organizer?.id].sort());
    onTestFinished(async () => {
      const back = await server.api('PUT', `/api/categories/${kitchen.id}`, {
        token: who.admin.accessToken,
        body: { name: 'Kitchen' },
      });
      expect(back.status).toBe(200);
    });
    const renamed = await server.api('PUT', `/api/categories/${kitchen.id}`, {
      token: who.admin.accessToken,
      body: { name: 'Cookware' },
    });
    expect(renamed.status).toBe(200);
    expect(ids(await search('q=cookware')).sort()).toEqual([p.espresso?.id, p.skillet?.id, p.organizer?.id].sort());
    expect(await search('q=kitchen')).toEqual([]);
    const res = await server.api('GET', `/api/products/${p.skillet?.id}`);
    expect(res.body.categoryName).toBe('Cookware');
  });

  it('follows product edits and drops deleted products', async () => {
    const temp = await makeProduct(server, who.seller, { name: 'Temporary Gizmo', categoryId: audio.id });
    onTestFinished(() =>
      server.api('DELETE', `/api/products/${temp.id}`, { token: who.seller.accessToken }).then(() => {}),
    );
    expect(ids(await search('q=gizmo'))).toEqual([temp.id]);
    await server.api('PUT', `/api/products/${temp.id}`, { token: who.seller.accessToken, body: { name: 'Doohickey' } });
    expect(ids(await search('q=gizmo'))).toEqual([]);
    expect(ids(await search('q=doohickey'))).toEqual([temp.id]);
    await server.api('DELETE', `/api/products/${temp.id}`, { token: who.seller.accessToken });
    expect(await search('q=doohickey')).toEqual([]);
    expect(await search('q=doohikey')).toEqual([]);
  });

  it('answers an empty page when q has no letters or digits', async () => {
    expect(await search(`q=${encodeURIComponent('!!! ***')}`)).toEqual([]);
  });
});

describe('GET /api/search: typos corrected against the words of the catalog', () => {
  // Priced above every other fixture and in their own category, so the other tests' counts hold.
  const t: Record<string, { id: string }> = {};
  beforeAll(async () => {
    const gear = await makeCategory(server, who.admin, 'Gear');
    const items = [
      ['keyboard', 'Mechanical Keyboard, Brown Switches', 'Tactile switches, aluminium case.'],
      ['mouse', 'Ergonomic Wireless Mouse', 'Vertical grip.'],
      ['jacket', 'Down Puffer Jacket', 'Warm and light.'],
      ['laptop', '14-inch Ultrabook Laptop', 'Thin and light.'],
      ['slippers', 'House Slippers', 'Felt soles.'],
    ] as const;
    for (const [key, name, description] of items) {
      t[key] = await makeProduct(server, who.seller, { name, description, categoryId: gear.id, priceCents: 90_000 });
    }
  });

  it.each([
    ['keybaord', 'keyboard'],
    ['mosue', 'mouse'],
    ['jakcet', 'jacket'],
    ['labtop', 'laptop'],
    ['ergonomic%20mosue', 'mouse'],
  ])('finds "%s" (one transposition or wrong letter)', async (q, key) => {
    expect(ids(await search(`q=${q}`))[0]).toBe(t[key]?.id);
  });

  it('corrects words of the earlier fixture too ("blutooth", "headphnoes", the category "kitchne")', async () => {
    expect(ids(await search('q=kitchne')).sort()).toEqual([p.espresso?.id, p.skillet?.id, p.organizer?.id].sort());
    expect(ids(await search('q=blutooth'))).toEqual([p.speaker?.id]);
    const found = ids(await search('q=headphnoes'));
    expect(found.slice(0, 2).sort()).toEqual([p.anc?.id, p.studio?.id].sort());
  });

  it('finds a swap in a short word among many words nearer by trigrams or as near by edits ("mosue")', async () => {
    // 200 words sharing "mos" with the typo, each nearer to it than "mouse" by trigram distance.
    // And words as close by edits that a swap is likelier than: "mouse" must win the tie.
    const crowd = [
      ...Array.from({ length: 200 }, (_, i) => `mos${String.fromCharCode(97 + (i % 26))}${i}`),
      ...['josue', 'mosque', 'mosul', 'moselle'],
    ];
    await server.database.pool.query('INSERT INTO search_words (word) SELECT unnest($1::text[])', [crowd]);
    onTestFinished(async () => {
      await server.database.pool.query('DELETE FROM search_words WHERE word = ANY($1)', [crowd]);
    });
    expect(ids(await search('q=mosue'))).toEqual([t.mouse?.id]);
  });

  it('finds a product created through the API by a typo of its name right away', async () => {
    const made = await makeProduct(server, who.seller, { name: 'Titanium Corkscrew', categoryId: audio.id });
    onTestFinished(() =>
      server.api('DELETE', `/api/products/${made.id}`, { token: who.seller.accessToken }).then(() => {}),
    );
    expect(ids(await search('q=corksrcew'))).toEqual([made.id]);
  });

  it('ranks the correctly spelled word first', async () => {
    expect(ids(await search('q=keyboard'))[0]).toBe(t.keyboard?.id);
    expect(ids(await search('q=jacket'))[0]).toBe(t.jacket?.id);
  });

  it('does not correct a word the catalog knows ("mouse" does not also find "house")', async () => {
    expect(ids(await search('q=mouse'))).toEqual([t.mouse?.id]);
    expect(ids(await search('q=house'))).toEqual([t.slippers?.id]);
  });

  it('keeps the corrected mode across pages', async () => {
    const all = ids(await search('q=headphnoes&limit=100'));
    expect(all.length).toBeGreaterThan(1);
    expect(await pageThrough(server, '/api/search?q=headphnoes&limit=1')).toEqual(all);
  });
});

describe('GET /api/search: filters', () => {
  it('filters by category', async () => {
    expect(ids(await search(`q=headph&categoryId=${audio.id}`)).sort()).toEqual([p.anc?.id, p.studio?.id].sort());
    expect(ids(await search(`categoryId=${audio.id}&limit=100`))).toHaveLength(3);
  });

  it('filters by price range, inclusive', async () => {
    const found = await search('minPriceCents=3999&maxPriceCents=14950&limit=100');
    expect(found.map((i) => i.priceCents).sort((a, b) => a - b)).toEqual([3_999, 7_999, 14_950]);
  });

  it('filters by stock: inStock=true leaves out sold-out products, inStock=false does not filter', async () => {
    expect(ids(await search('q=headphones&inStock=true'))).not.toContain(p.studio?.id);
    expect(ids(await search('q=headphones&inStock=false'))).toContain(p.studio?.id);
  });

  it('answers 400 with issues for bad filters', async () => {
    for (const q of [
      'minPriceCents=-1',
      'maxPriceCents=abc',
      'minPriceCents=500&maxPriceCents=100',
      'inStock=maybe',
      'sort=cheapest',
      'limit=0',
      'limit=1000',
    ]) {
      const res = await server.api('GET', `/api/search?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.issues.length, q).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/search: sorts and pages', () => {
  it('sorts by price both ways', async () => {
    const asc = await search('q=headph&sort=price_asc');
    expect(asc.map((i) => i.priceCents)).toEqual([2_500, 14_950, 24_999]);
    const desc = await search('q=headph&sort=price_desc');
    expect(desc.map((i) => i.priceCents)).toEqual([24_999, 14_950, 2_500]);
  });

  it('sorts by newest', async () => {
    expect(ids(await search('q=headph&sort=newest'))).toEqual([p.organizer?.id, p.studio?.id, p.anc?.id]);
  });

  it('sorts by rating (average, then count)', async () => {
    const [a, b] = await Promise.all([createUser(server), createUser(server)]);
    const rate = (token: string, productId: string | undefined, rating: number) =>
      server.api('POST', '/api/ratings', { token, body: { productId, rating } });
    await rate(a.accessToken, p.studio?.id, 5);
    await rate(a.accessToken, p.organizer?.id, 5);
    await rate(b.accessToken, p.organizer?.id, 5);
    await rate(a.accessToken, p.anc?.id, 3);
    expect(ids(await search('q=headph&sort=rating'))).toEqual([p.organizer?.id, p.studio?.id, p.anc?.id]);
  });

  it('sorts by popularity (units sold)', async () => {
    await server.deps.db
      .update(products)
      .set({ soldCount: 50 })
      .where(eq(products.id, p.studio?.id ?? ''));
    await server.deps.db
      .update(products)
      .set({ soldCount: 10 })
      .where(eq(products.id, p.anc?.id ?? ''));
    expect(ids(await search('q=headph&sort=popular'))).toEqual([p.studio?.id, p.anc?.id, p.organizer?.id]);
  });

  it.each(['relevance', 'newest', 'price_asc', 'price_desc', 'rating', 'popular'])(
    'pages sort=%s one item at a time without skipping or repeating while products are added',
    async (sort) => {
      const all = ids(await search(`q=headph&sort=${sort}&limit=100`));
      const added: string[] = [];
      try {
        const seen = await pageThrough(server, `/api/search?q=headph&sort=${sort}&limit=1`, {
          // New products sort last under rating and popular: stop adding after a few pages so paging ends.
          between: async (page) => {
            if (page > 3) return;
            const made = await makeProduct(server, who.seller, {
              name: 'Headphone Case',
              categoryId: audio.id,
              priceCents: 1_234,
            });
            added.push(made.id);
          },
        });
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual(expect.arrayContaining(all));
      } finally {
        // Other tests count the file's fixture exactly, in whatever order they run.
        for (const id of added) await server.api('DELETE', `/api/products/${id}`, { token: who.seller.accessToken });
      }
    },
  );

  it('keeps the typo mode across pages', async () => {
    const all = ids(await search('q=hedphones&limit=100'));
    expect(await pageThrough(server, '/api/search?q=hedphones&limit=1')).toEqual(all);
  });

  it('refuses a cursor made for another sort or query mode', async () => {
    const res = await server.api('GET', '/api/search?q=headph&sort=price_asc&limit=1');
    const cursor = res.body.nextCursor;
    expect((await server.api('GET', `/api/search?q=headph&sort=price_desc&cursor=${cursor}`)).status).toBe(400);
    expect((await server.api('GET', `/api/search?sort=price_asc&cursor=${cursor}`)).status).toBe(400);
  });
});

describe('GET /api/search: hostile input', () => {
  const hostile = [
    "'",
    '"',
    '\\',
    '\\\\',
    '&|!:*()<>',
    'headph:*',
    'a & | b',
    '!headphones',
    'head <-> phones',
    "'); DROP TABLE products; --",
    'speaker:A',
    'speaker:*B',
    '(((((',
    ':*',
    '🎧🎧🎧',
    'headphones 🎧',
    'ｈｅａｄｐｈｏｎｅｓ',
    'café crème',
    'a\u0000b',
    '%',
    '_',
    '%_\\%',
    '   ',
    'x'.repeat(200),
    `${'word '.repeat(39)}word`,
  ];

  it.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))('answers 200 for %s', async (_label, q) => {
    const res = await server.api('GET', `/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status, res.text).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('answers 200 for invalid UTF-8 and lone surrogates in the query string', async () => {
    for (const raw of ['%ED%A0%80', '%FF%FE', '%C3', '%E2%28%A1', '%00']) {
      const res = await server.api('GET', `/api/search?q=${raw}`);
      expect(res.status, raw).toBe(200);
    }
  });

  // 10 000 multi-byte characters make a URL beyond Node's 16 KB header limit: Node itself answers 431.
  it('answers a clear 400 for 10 000 characters, never a 500', async () => {
    for (const q of ['x'.repeat(10_000), '!*()'.repeat(2_500), `${'é'.repeat(1_000)}${'y'.repeat(9_000)}`]) {
      const res = await server.api('GET', `/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(400);
      expect(res.body.issues[0]).toMatchObject({ path: ['q'], message: 'At most 200 characters' });
    }
  });

  it('finds the product when the words come wrapped in operators', async () => {
    expect(ids(await search(`q=${encodeURIComponent('"speaker" & !(portable)')}`))).toEqual([p.speaker?.id]);
  });

  it('answers 400 for garbage cursors', async () => {
    for (const cursor of ['x', 'W10', Buffer.from('["relevance","words","NaN","x"]').toString('base64url')]) {
      const res = await server.api('GET', `/api/search?q=headph&cursor=${cursor}`);
      expect(res.status, cursor).toBe(400);
    }
  });
});

describe('through the tRPC client', () => {
  it('searches and lists with typed inputs, batched', async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.url}/trpc` })] });
    const [found, list, category] = await Promise.all([
      client.search.query.query({ q: 'headph', inStock: true, sort: 'price_asc', limit: 100 }),
      client.products.list.query({ limit: 2, categoryId: audio.id }),
      client.categories.byId.query({ id: audio.id }),
    ]);
    const prices = found.items.map((i) => i.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(found.items.every((i) => i.stock > 0 && i.currency === 'usd')).toBe(true);
    expect(found.items.map((i) => i.id)).toEqual(expect.arrayContaining([p.organizer?.id, p.anc?.id]));
    expect(found.items.map((i) => i.id)).not.toContain(p.studio?.id);
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).toEqual(expect.any(String));
    expect(category.name).toBe('Audio');
    await expect(client.products.byId.query({ id: 'nope' })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND', httpStatus: 404 },
    });
  });
});
