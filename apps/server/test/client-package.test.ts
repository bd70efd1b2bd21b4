import { access, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILERS, compileWith, createConsumerProject, root, run } from './consumer-project';
import { createUser, startTestServer, type TestServer } from './helpers';

const clientDir = path.join(root, 'packages/client');
const consumer = path.join(root, 'apps/server/test/fixtures/consumer/consumer.ts');

let server: TestServer;
let project: string;
let packDir: string;

beforeAll(async () => {
  server = await startTestServer();
  // The consumer lists a product in an existing category.
  const admin = await createUser(server, 'admin');
  await server.api('POST', '/api/categories', { token: admin.accessToken, body: { name: 'Lighting' } });
  // `pnpm pack` builds first (prepack) and writes the publishable manifest (dist exports, real versions).
  packDir = path.join(root, 'node_modules/.cache/mercato-client-pack');
  await rm(packDir, { recursive: true, force: true });
  await run('pnpm', ['pack', '--pack-destination', packDir], { cwd: clientDir });
  const tarball = (await readdir(packDir)).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  project = await createConsumerProject('storefront', { '@mercato/client': `file:${path.join(packDir, tarball)}` });
}, 240_000);
afterAll(async () => {
  await server.close();
  await rm(project, { recursive: true, force: true });
  await rm(packDir, { recursive: true, force: true });
});

describe('@mercato/client as published', () => {
  it('installs with npm outside the workspace and brings no server library', async () => {
    const installed = await readdir(path.join(project, 'node_modules'));
    expect(installed).not.toContain('drizzle-orm');
    expect(installed).not.toContain('pg');
    expect(installed).not.toContain('zod');
  });

  it('type-checks a strict consumer under TypeScript 5.9 and 7 with their default tsc --init configs, no flags added', async () => {
    // Unused @ts-expect-error lines fail the build, so this proves the types are exact, not `any`.
    for (const compiler of COMPILERS) expect(await compileWith(project, compiler, [consumer]), compiler).toBe('');
    // And with every declaration checked (skipLibCheck off): the inlined router types are sound.
    expect(await compileWith(project, 'ts7', [consumer], { checkLibraries: true })).toBe('');
  }, 120_000);

  it('talks to a live server: register, sell, search, checkout through the simulator, pay, confirm', async () => {
    await access(path.join(project, 'ts59/consumer.js'));
    const { stdout } = await run('node', [path.join(project, 'ts59/consumer.js'), server.url], { cwd: project });
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
  }, 60_000);

  it('refuses a plain `npm pack` with a clear message (it would pack src and catalog: versions)', async () => {
    const out = path.join(packDir, 'npm');
    await mkdir(out, { recursive: true });
    // As typed in a plain terminal: without the npm_config_* that pnpm (running this test) exports.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_/i.test(k)));
    const failed = await run('npm', ['pack', '--pack-destination', out], { cwd: clientDir, env }).catch((e) => e);
    expect(failed.code).not.toBe(0);
    expect(`${failed.stderr}`).toContain('pack and publish @mercato/client with pnpm');
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
