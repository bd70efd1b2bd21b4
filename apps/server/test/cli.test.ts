import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jobs } from '@mercato/core';
import { DEMO_PRODUCTS } from '@mercato/core/seed';
import { createDb, migrationsFolder, users } from '@mercato/db';
import { createEmptyDatabase, createTestDatabase, type SmtpSink, startSmtpSink } from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, stop, waitUntil } from './process';

const UNREACHABLE = 'postgres://postgres:secret@127.0.0.1:1/mercato';
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mercato-cli-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** What every process here gets: a throwaway DATA_DIR and a fixed signing key (nothing written to the repo). */
const envFor = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  JWT_SECRET: 'cli-test-secret-cli-test-secret-0123456789',
});

const query = async <T>(url: string, text: string, values: unknown[] = []) => {
  const database = createDb(url, { max: 1 });
  try {
    return (await database.pool.query(text, values)).rows as T[];
  } finally {
    await database.close();
  }
};
const productCount = async (url: string) =>
  Number((await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM products'))[0]?.n);

// Each test waits mostly on its child processes: run them side by side.
describe.concurrent('db:migrate and db:seed', () => {
  it('migrate applies every committed migration to an empty database, seed fills it, and both exit 0', async () => {
    const { url } = await createEmptyDatabase();
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    };

    const migrate = run('src/cli/migrate.ts', envFor(url));
    expect(await migrate.exited, migrate.stderr()).toBe(0);
    expect(migrate.stdout()).toContain('migrations applied');
    const applied = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(applied[0]?.n).toBe(journal.entries.length);
    expect(await productCount(url)).toBe(0);

    const demo = run('src/cli/seed.ts', envFor(url));
    expect(await demo.exited, demo.stderr()).toBe(0);
    expect(demo.stdout()).toContain(`${DEMO_PRODUCTS.length} products`);
    expect(await productCount(url)).toBe(DEMO_PRODUCTS.length);

    const generated = run('src/cli/seed.ts', envFor(url), ['--products', '25']);
    expect(await generated.exited, generated.stderr()).toBe(0);
    expect(generated.stdout()).toMatch(/^seeded 25 products in /m);
    expect(await productCount(url)).toBe(DEMO_PRODUCTS.length + 25);
  }, 90_000);

  it('exit 1 with one clear line when the database cannot be used or the arguments are wrong', async () => {
    const { url } = await createEmptyDatabase();
    const cases = [
      { proc: run('src/cli/migrate.ts', envFor(UNREACHABLE)), says: /^mercato: .*database/i },
      { proc: run('src/cli/seed.ts', envFor(url), ['--products', '0']), says: /--products must be/ },
    ];
    for (const { proc, says } of cases) {
      expect(await proc.exited, proc.stderr()).toBe(1);
      expect(proc.stderr()).toMatch(says);
      expect(proc.stderr()).not.toContain('secret');
      expect(proc.stderr()).not.toMatch(/\n\s+at /);
    }
    // The bad argument was refused before anything touched the database.
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'products'")).toEqual([]);
  }, 60_000);
});

describe.concurrent('the worker-only process (src/worker.ts)', () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it('delivers a queued welcome e-mail over SMTP, serves no HTTP, and exits 0 on SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      // An API process enqueued this (as registration does) while no worker ran.
      const boss = await jobs.startJobQueue(database.url, { supervise: false });
      const email = `worker-${randomUUID().slice(0, 8)}@example.com`;
      try {
        await jobs.createUnitOfWork(
          database.pool,
          boss,
        )(async (tx, enqueue) => {
          const [user] = await tx.insert(users).values({ email, passwordHash: 'x', role: 'customer' }).returning();
          await enqueue(jobs.JOBS.welcomeEmail, { userId: user?.id ?? '' });
        });
      } finally {
        await boss.stop({ graceful: false, wait: true, timeout: 2_000 });
      }

      const worker = run('src/worker.ts', { ...envFor(database.url), SMTP_URL: smtp.url, LOG_LEVEL: 'info' });
      await waitUntil(worker, 'the e-mail', () => smtp.messages.find((m) => m.to.includes(email)), 30_000);
      const mail = smtp.messages.find((m) => m.to.includes(email));
      expect(mail?.subject).toBe('Welcome to Mercato');
      expect(worker.stdout()).toContain('worker started');
      expect(worker.stdout()).not.toMatch(/listening|Mercato is running/);
      expect((await stop(worker)).code).toBe(0);
      // A graceful stop lets the handler finish: the job is marked done, so it will not be sent again.
      const { rows } = await database.pool.query(
        `SELECT state::text FROM pgboss.job WHERE name = $1 AND data->>'userId' = (SELECT id::text FROM users WHERE email = $2)`,
        [jobs.QUEUES.welcomeEmail, email],
      );
      expect(rows).toEqual([{ state: 'completed' }]);
      expect(worker.stdout()).toContain('worker shutting down');
    } finally {
      await database.close();
    }
  }, 60_000);

  it('exits 1 with one clear line when its database cannot be reached', async () => {
    const worker = run('src/worker.ts', envFor(UNREACHABLE));
    expect(await worker.exited).toBe(1);
    const lines = worker.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mercato-worker: .*database/i);
    expect(lines[0]).not.toContain('secret');
  }, 30_000);
});
