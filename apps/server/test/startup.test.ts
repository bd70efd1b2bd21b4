import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    // A clean environment: only what the test sets, plus PATH for the embedded PostgreSQL.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function waitForUrl(proc: Proc, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /API:\s+(http:\/\/\S+)\/api/.exec(proc.stdout());
    if (match?.[1]) return match[1];
    if (proc.child.exitCode !== null) throw new Error(`exited early: ${proc.stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no URL printed: ${proc.stdout()} ${proc.stderr()}`);
}

async function stop(proc: Proc): Promise<{ code: number | null; ms: number }> {
  const t0 = performance.now();
  proc.child.kill('SIGTERM');
  const code = await proc.exited;
  return { code, ms: performance.now() - t0 };
}

describe('bad configuration', () => {
  it.each([
    ['PORT', { PORT: 'abc' }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['JWT_SECRET', { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '-1' }],
    ['CURRENCY', { CURRENCY: 'US Dollar' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
  ])('names %s on one stderr line and exits 1', async (name, env) => {
    const proc = start(env);
    expect(await proc.exited).toBe(1);
    const lines = proc.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(proc.stderr()).not.toMatch(/\n\s+at /);
  });

  it('says clearly when the database cannot be reached, and exits 1', async () => {
    const proc = start({ DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/mercato' });
    expect(await proc.exited).toBe(1);
    const lines = proc.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/database/i);
    expect(lines[0]).not.toContain('secret');
  });
});

describe('a running server (DATABASE_URL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('prints its URLs, becomes ready, bootstraps the admin and drains in-flight requests on SIGTERM', async () => {
    const proc = start({
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_EMAIL: 'root@example.com',
      ADMIN_PASSWORD: 'admin password 1',
    });
    const base = await waitForUrl(proc);
    expect(proc.stdout()).toContain(`Docs:  ${base}/docs`);
    expect(proc.stdout()).toContain(`tRPC:  ${base}/trpc`);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const login = await postJson(`${base}/api/users/login`, {
      email: 'root@example.com',
      password: 'admin password 1',
    });
    expect(((await login.json()) as { user: { role: string } }).user.role).toBe('admin');

    // A login spends ~100 ms hashing: it is in flight when SIGTERM lands, and must still be answered.
    const inFlight = postJson(`${base}/api/users/login`, { email: 'root@example.com', password: 'admin password 1' });
    await new Promise((r) => setTimeout(r, 20));
    const stopped = stop(proc);
    expect((await inFlight).status).toBe(200);
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('the embedded PostgreSQL (no DATABASE_URL)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'mercato-start-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts on a first run, keeps its data across a restart, and stops PostgreSQL on shutdown', async () => {
    const env = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false' };
    const first = start(env);
    const t0 = performance.now();
    const base = await waitForUrl(first, 60_000);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const firstStartMs = performance.now() - t0;
    const reg = await postJson(`${base}/api/users/register`, {
      email: 'kept@example.com',
      password: 'kept across restarts',
    });
    expect(reg.status).toBe(201);
    const { refreshToken } = (await reg.json()) as { refreshToken: string };
    // Without SMTP_URL the worker in this process writes the welcome e-mail to DATA_DIR/outbox.
    const outbox = path.join(dataDir, 'outbox');
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !(existsSync(outbox) && (await readdir(outbox)).length > 0)) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const [eml] = await readdir(outbox);
    expect(await readFile(path.join(outbox, eml ?? ''), 'utf8')).toMatch(
      /To: kept@example\.com[\s\S]*Subject: Welcome/,
    );
    expect((await stop(first)).code).toBe(0);

    const second = start(env);
    const t1 = performance.now();
    const base2 = await waitForUrl(second, 60_000);
    expect((await fetch(`${base2}/readyz`)).status).toBe(200);
    const restartMs = performance.now() - t1;
    // Same data and the same signing key (kept in DATA_DIR): the old refresh token still works.
    const refreshed = await postJson(`${base2}/api/users/refresh`, { refreshToken });
    expect(refreshed.status).toBe(200);
    expect((await stop(second)).code).toBe(0);
    // PostgreSQL removes its pid file when it has shut down.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    console.info(`embedded start: first ${Math.round(firstStartMs)} ms, restart ${Math.round(restartMs)} ms`);
    expect(firstStartMs).toBeLessThan(10_000);
  }, 120_000);
});
