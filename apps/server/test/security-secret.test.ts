import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env';
import { loadOrCreateJwtSecret } from '../src/runtime/secret';
import { run } from './process';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'mercato-secret-'));

describe('the signing key (issue 8, hole 4)', () => {
  it('the server refuses to start on an empty DATA_DIR/jwt-secret, naming the file', async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, 'jwt-secret'), '');
    // An unreachable database: the key must be refused before anything else starts.
    const proc = run('src/main.ts', { DATA_DIR: dataDir, PORT: '0', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' });
    expect(await proc.exited).toBe(1);
    expect(proc.stderr()).toContain('jwt-secret');
    expect(proc.stderr()).toMatch(/32 bytes/);
  });

  it('refuses keys under 32 bytes wherever they come from', async () => {
    const dataDir = await tempDir();
    await expect(loadOrCreateJwtSecret('x'.repeat(31), dataDir)).rejects.toThrow(/32 bytes/);
    await writeFile(path.join(dataDir, 'jwt-secret'), `${'y'.repeat(31)}\n`);
    await expect(loadOrCreateJwtSecret(undefined, dataDir)).rejects.toThrow(/32 bytes/);
    await writeFile(path.join(dataDir, 'jwt-secret'), '   \n');
    await expect(loadOrCreateJwtSecret(undefined, dataDir)).rejects.toThrow(/32 bytes/);
  });

  it('generates the file once, atomically, mode 0600: racing processes share one key', async () => {
    const dataDir = await tempDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateJwtSecret(undefined, dataDir)));
    const text = (k: Uint8Array) => new TextDecoder().decode(k);
    expect(new Set(keys.map(text)).size).toBe(1);
    expect(keys[0]?.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, 'jwt-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(text(keys[0] ?? new Uint8Array()));
    expect(await readdir(dataDir)).toEqual(['jwt-secret']);
  });

  it('refuses the placeholder secrets of docker-compose.yml and .env.example in production', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const compose = await readFile(path.join(root, 'docker-compose.yml'), 'utf8');
    const example = await readFile(path.join(root, '.env.example'), 'utf8');
    const placeholders = [
      'local-compose-secret-change-me-0123456789',
      /JWT_SECRET=(\S+)/.exec(example)?.[1] ?? 'missing',
    ];
    const production = {
      NODE_ENV: 'production',
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
    };
    for (const secret of placeholders) {
      expect(() => loadEnv({ ...production, JWT_SECRET: secret })).toThrow(/JWT_SECRET/);
    }
    // The compose file no longer ships a usable default: it asks for a real key.
    expect(compose).not.toMatch(/JWT_SECRET:-/);
    expect(() => loadEnv({ ...production, JWT_SECRET: 'q'.repeat(48) })).not.toThrow();
  });
});
