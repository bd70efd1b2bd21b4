import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startTestServer, type TestServer } from './helpers';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const clientDir = path.join(root, 'packages/client');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

let server: TestServer;
let project: string;

beforeAll(async () => {
  server = await startTestServer();
  // The consumer lists a product in an existing category.
  const admin = await createUser(server, 'admin');
  await server.api('POST', '/api/categories', { token: admin.accessToken, body: { name: 'Lighting' } });
  project = await mkdtemp(path.join(tmpdir(), 'mercato-consumer-'));
}, 240_000);
afterAll(async () => {
  await server.close();
  await rm(project, { recursive: true, force: true });
});

describe('@mercato/client as published', () => {
  it('packs, installs with npm outside the workspace, type-checks a strict consumer and talks to a live server', async () => {
    await run('pnpm', ['run', 'build'], { cwd: clientDir });
    await run('pnpm', ['pack', '--pack-destination', project], { cwd: clientDir });
    const tarball = (await readdir(project)).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'storefront',
        private: true,
        type: 'module',
        dependencies: { '@mercato/client': `file:./${tarball}` },
      }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, timeout: 180_000 });
    const installed = await readdir(path.join(project, 'node_modules'));
    expect(installed).not.toContain('drizzle-orm');
    expect(installed).not.toContain('pg');

    await copyFile(path.join(here, 'fixtures/consumer/consumer.ts'), path.join(project, 'consumer.ts'));
    await writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          // tRPC's own declarations use Disposable (TypeScript's esnext.disposable lib).
          lib: ['ES2022', 'ESNext.Disposable', 'DOM'],
          types: [],
          outDir: 'dist',
        },
        files: ['consumer.ts'],
      }),
    );
    // Unused @ts-expect-error lines fail the build, so this proves the types are not `any`.
    const compiled = await run('node', [tsc, '-p', 'tsconfig.json'], { cwd: project }).catch((e) => e);
    expect(compiled.stdout ?? '').toBe('');

    const { stdout } = await run('node', ['dist/consumer.js', server.url], { cwd: project });
    const result = JSON.parse(stdout.trim());
    expect(result).toMatchObject({
      role: 'seller',
      conflict: 'CONFLICT',
      forbidden: 'FORBIDDEN',
      productPrice: 1999,
      currency: 'usd',
      searchHit: true,
      checkoutTotal: 3998,
      unpaid: 'PAYMENT_REQUIRED',
      payRedirect: 303,
      orderStatus: 'paid',
      orderTotal: 3998,
      listed: true,
    });
    expect(result.email).toMatch(/^consumer-\d+@example\.com$/);
  }, 240_000);
});
