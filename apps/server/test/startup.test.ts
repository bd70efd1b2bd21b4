import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '@mercato/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldPost, type Proc, run, stop, waitUntil } from './process';

const start = (env: Record<string, string>) => run('src/main.ts', env);

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const waitForUrl = (proc: Proc, timeoutMs = 20_000): Promise<string> =>
  waitUntil(proc, 'the printed URL', () => /API:\s+(http:\/\/\S+)\/api/.exec(proc.stdout())?.[1], timeoutMs);

describe.concurrent('bad configuration', () => {
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
      LOG_LEVEL: 'info',
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

    // The readiness check main.ts builds, with its database gone (no new connections, the open ones cut).
    const admin = new pg.Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database.name]);
      const down = await fetch(`${base}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable' });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    // The pool reconnects by itself once the database is back.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // A login the server has accepted (100 Continue) but whose body has not arrived: it is in flight
    // when SIGTERM lands, and must still be answered after the server has begun shutting down.
    const inFlight = heldPost(`${base}/api/users/login`, { email: 'root@example.com', password: 'admin password 1' });
    await inFlight.accepted;
    const stopped = stop(proc);
    await waitUntil(proc, 'the shutdown log line', () => proc.stdout().includes('"msg":"shutting down"'));
    inFlight.send();
    const answered = await inFlight.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).user.role).toBe('admin');
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
    const t0 = performance.now();
    const first = start(env);
    const base = await waitForUrl(first, 60_000);
    const firstStartMs = performance.now() - t0;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // The printed start time counts from the process's own start, which comes after the spawn:
    // it is positive and never more than what the test measured around it.
    const printedMs = Number(/Mercato is running \((\d+) ms\)/.exec(first.stdout())?.[1]);
    expect(printedMs).toBeGreaterThan(0);
    expect(printedMs).toBeLessThanOrEqual(firstStartMs);
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

    const t1 = performance.now();
    const second = start(env);
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
    // Timings are reported, not asserted: a loaded CI machine can take several times as long.
    console.info(`embedded start: first ${Math.round(firstStartMs)} ms, restart ${Math.round(restartMs)} ms`);
  }, 120_000);
});
