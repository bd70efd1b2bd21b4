import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { loadEnv } from '../src/env';
import { heldPost, type Proc, run, serverDir, stop, waitUntil } from './process';

const waitForUrl = (proc: Proc, timeoutMs = 30_000): Promise<string> =>
  waitUntil(proc, 'the printed URL', () => /API:\s+(http:\/\/\S+)\/api/.exec(proc.stdout())?.[1], timeoutMs);

/** The live descendants of a process (a cluster primary's API processes). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** After a failed test: nothing of the cluster is left running (its stdout would fill with nobody reading). */
function killTree(proc: Proc): void {
  if (proc.child.exitCode !== null) return;
  for (const pid of childrenOf(proc.child.pid ?? 0)) process.kill(pid, 'SIGKILL');
  proc.child.kill('SIGKILL');
}

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'startup-cluster-test-secret-0123456789-abcdef',
  PAYMENTS_PROVIDER: 'stripe',
  STRIPE_SECRET_KEY: 'sk_test_cluster',
  STRIPE_WEBHOOK_SECRET: 'whsec_cluster',
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_DEMO: 'false',
};

describe('WEB_CONCURRENCY', () => {
  it('defaults to every core in production and to one process elsewhere', () => {
    expect(loadEnv({}).WEB_CONCURRENCY).toBe(1);
    expect(loadEnv({ ...PRODUCTION }).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(loadEnv({ WEB_CONCURRENCY: '3' }).WEB_CONCURRENCY).toBe(3);
    expect(() => loadEnv({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });
});

describe('the compiled server and a cluster (DATABASE_URL)', () => {
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(path.join(tmpdir(), 'mercato-cluster-'));
    // `pnpm build` of the server: JavaScript under dist/, run below with no TypeScript loader.
    const built = spawnSync(path.join(serverDir, 'node_modules/.bin/tsup'), [], {
      cwd: serverDir,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the build starts with plain node, becomes ready and serves a request', async () => {
    const main = path.join(serverDir, 'dist/server/main.js');
    expect(existsSync(main)).toBe(true);
    const proc = run(main, { ...PRODUCTION, DATABASE_URL: database.url, DATA_DIR: dataDir, WEB_CONCURRENCY: '1' }, [], {
      loader: false,
    });
    onTestFinished(() => killTree(proc));
    const base = await waitForUrl(proc);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const list = await fetch(`${base}/api/categories`);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ items: [], nextCursor: null });
    expect((await stop(proc)).code).toBe(0);
  }, 60_000);

  it('runs N API processes on one port that share one request budget, and SIGTERM drains them all', async () => {
    // A database of its own: the first test's server leased from this address's budget this minute.
    const own = await createTestDatabase();
    onTestFinished(() => own.close());
    const proc = run(
      path.join(serverDir, 'dist/server/main.js'),
      {
        ...PRODUCTION,
        DATABASE_URL: own.url,
        DATA_DIR: dataDir,
        WEB_CONCURRENCY: '2',
        RATE_LIMIT_PER_MINUTE: '100',
        LOG_LEVEL: 'info',
      },
      [],
      { loader: false },
    );
    onTestFinished(() => killTree(proc));
    const base = await waitForUrl(proc);
    const workers = childrenOf(proc.child.pid ?? 0);
    expect(workers).toHaveLength(2);

    // The budget is per minute of the clock: everything it counts below must fall in one minute, or a
    // burst that straddles two (a slow machine) is admitted twice.
    await untilEarlyInAMinute();
    // A job an API process enqueues is worked by the primary's worker: the welcome e-mail reaches the outbox
    // (checked after the burst).
    const reg = await fetch(`${base}/api/users/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'welcome@example.com', password: 'welcome password 1' }),
    });
    expect(reg.status).toBe(201);

    // A registration accepted (100 Continue) by one of the API processes (its unit of the budget taken), its
    // body not sent yet: it is still in flight when SIGTERM lands below.
    const inFlight = heldPost(`${base}/api/users/register`, { email: 'held@example.com', password: 'held password 1' });
    await inFlight.accepted;
    // 300 more requests from one address over fresh connections (spread over both processes): 100 pass at most, counting the two before.
    const statuses = await Promise.all(
      Array.from({ length: 300 }, async () => {
        const res = await fetch(`${base}/api/categories`, { headers: { connection: 'close' } });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const allowed = statuses.filter((s) => s === 200).length;
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    // The registration and the held request took one unit each.
    expect(allowed + 2).toBeLessThanOrEqual(100);
    // Slices of 2 (100 / 50): each process may hold one unspent unit.
    expect(allowed + 2).toBeGreaterThanOrEqual(100 - 2);
    const outbox = path.join(dataDir, 'outbox');
    await waitUntil(proc, 'the welcome e-mail', () => existsSync(outbox) && readdirSync(outbox).length > 0, 20_000);
    expect(readFileSync(path.join(outbox, readdirSync(outbox)[0] ?? ''), 'utf8')).toContain('To: welcome@example.com');

    const stopped = stop(proc);
    await waitUntil(proc, 'the shutdown log line', () => proc.stdout().includes('"msg":"shutting down"'));
    inFlight.send();
    expect((await inFlight.response).status).toBe(201);
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    for (const pid of workers) expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(proc.stdout().match(/"msg":"stopped"/g)).toHaveLength(3);
  }, 120_000);
});

/** Waits, when less than 50 s of the clock's current minute are left, for the next minute to begin. */
async function untilEarlyInAMinute(): Promise<void> {
  const into = Date.now() % 60_000;
  if (into > 10_000) await new Promise((r) => setTimeout(r, 60_000 - into + 50));
}
