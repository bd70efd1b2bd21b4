import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILERS, catalogVersion, compileWith, createConsumerProject, root, run } from './consumer-project';
import { createUser, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let project: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await createUser(server, 'admin');
  const category = await server.api('POST', '/api/categories', { token: admin.accessToken, body: { name: 'Lamps' } });
  const product = await server.api('POST', '/api/products', {
    token: admin.accessToken,
    body: { name: 'Brass reading lamp', priceCents: 4500, stock: 10, categoryId: category.body.id },
  });
  expect(product.status).toBe(201);
  project = await createConsumerProject('rest-consumer', {
    'openapi-fetch': await catalogVersion('openapi-fetch'),
  });
}, 240_000);
afterAll(async () => {
  await server.close();
  await rm(project, { recursive: true, force: true });
});

describe('a REST client from the committed OpenAPI types alone (openapi-fetch)', () => {
  it('type-checks under TypeScript 5.9 and 7 with their default strict configs, then buys through the simulator', async () => {
    const files = [
      path.join(root, 'apps/server/test/fixtures/rest-consumer/consumer.ts'),
      path.join(root, 'packages/openapi/schema.d.ts'),
    ];
    // Unused @ts-expect-error lines fail the build, so this proves the types are exact, not `any`.
    for (const compiler of COMPILERS) expect(await compileWith(project, compiler, files), compiler).toBe('');

    const { stdout } = await run('node', [path.join(project, 'ts59/consumer.js'), server.url, 'brass lamp'], {
      cwd: project,
    });
    expect(JSON.parse(stdout.trim())).toEqual({
      conflict: 'CONFLICT',
      cartLines: 1,
      checkoutTotal: 9000,
      unpaid: 402,
      payRedirect: 303,
      orderStatus: 'paid',
      orderTotal: 9000,
      unitPrice: 4500,
    });
  }, 240_000);
});
