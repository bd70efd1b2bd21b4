import { randomUUID } from 'node:crypto';
import { jobs } from '@mercato/core';
import { type SmtpSink, startSmtpSink } from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer, uniqueEmail } from './helpers';

let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(() => smtp.close());

interface JobRow {
  id: string;
  state: string;
  retryCount: number;
}

/** The welcome e-mail jobs of one user (by e-mail address), as pg-boss keeps them. */
const welcomeJobs = async (server: TestServer, userEmail: string): Promise<JobRow[]> => {
  const { rows } = await server.database.pool.query<JobRow>(
    `SELECT j.id::text AS id, j.state::text AS state, j.retry_count AS "retryCount"
     FROM pgboss.job j JOIN users u ON u.id::text = j.data->>'userId'
     WHERE j.name = $1 AND u.email = $2`,
    [jobs.QUEUES.welcomeEmail, userEmail],
  );
  return rows;
};

const jobsWithUserId = async (server: TestServer, userId: string) => {
  const { rows } = await server.database.pool.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'userId' = $2`,
    [jobs.QUEUES.welcomeEmail, userId],
  );
  return rows[0].n as number;
};

/** Waits until the user's one welcome job has reached a final state: nothing more will be sent for it. */
async function settledWelcomeJob(server: TestServer, userEmail: string, timeoutMs = 20_000): Promise<JobRow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await welcomeJobs(server, userEmail);
    expect(jobs.length).toBeLessThanOrEqual(1);
    const job = jobs[0];
    if (job && ['completed', 'failed', 'cancelled'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`welcome job for ${userEmail} not settled: ${JSON.stringify(jobs)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('welcome e-mail', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ smtpUrl: smtp.url });
  });
  afterAll(() => server.close());

  it('is sent over SMTP by the worker after a registration, once', async () => {
    const email = uniqueEmail('welcome');
    const res = await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD, name: 'Zoë' } });
    expect(res.status).toBe(201);
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe('Welcome to Mercato');
    expect(mail.raw).toContain('Zo');
    // The job is done (pg-boss marks it after the handler returned): no second message can follow.
    expect((await settledWelcomeJob(server, email)).state).toBe('completed');
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('is not enqueued when the registration fails (same transaction)', async () => {
    const email = uniqueEmail('dupe');
    await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD } });
    const again = await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD } });
    expect(again.status).toBe(409);
    expect(await welcomeJobs(server, email)).toHaveLength(1);
  });

  it('vanishes with a unit of work that throws after enqueueing, and commits with one that does not', async () => {
    const rolledBack = randomUUID();
    const committed = randomUUID();
    await expect(
      server.deps.uow(async (_tx, enqueue) => {
        await enqueue(jobs.JOBS.welcomeEmail, { userId: rolledBack });
        throw new Error('fails after the enqueue');
      }),
    ).rejects.toThrow('fails after the enqueue');
    await server.deps.uow((_tx, enqueue) => enqueue(jobs.JOBS.welcomeEmail, { userId: committed }));
    expect(await jobsWithUserId(server, rolledBack)).toBe(0);
    expect(await jobsWithUserId(server, committed)).toBe(1);
  });

  it('is retried after a temporary SMTP failure, keeping one Message-ID', async () => {
    // Production's policy is what start-up creates; this test shortens it on its own database only.
    expect(await server.boss.getQueue(jobs.QUEUES.welcomeEmail)).toMatchObject(
      jobs.JOBS.welcomeEmail.retry ?? jobs.DEFAULT_RETRY,
    );
    await server.boss.updateQueue(jobs.QUEUES.welcomeEmail, {
      name: jobs.QUEUES.welcomeEmail,
      retryDelay: 1,
      retryBackoff: false,
      retryLimit: 3,
    });
    const email = uniqueEmail('retry');
    smtp.failNext(1, email);
    expect((await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD } })).status).toBe(201);
    const job = await settledWelcomeJob(server, email);
    expect(job).toMatchObject({ state: 'completed', retryCount: 1 });
    const refused = smtp.rejected.filter((m) => m.to.includes(email));
    const delivered = smtp.messages.filter((m) => m.to.includes(email));
    expect(refused).toHaveLength(1);
    expect(delivered).toHaveLength(1);
    // The pg-boss job id is the Message-ID: the retry is the same message, not a new one.
    expect(delivered[0]?.messageId).toBe(`<${job.id}@mercato>`);
    expect(refused[0]?.messageId).toBe(delivered[0]?.messageId);
  }, 30_000);
});

describe('durability', () => {
  it('keeps a job enqueued while no worker runs and delivers it when one starts', async () => {
    const api = await startTestServer();
    const email = uniqueEmail('later');
    try {
      expect((await api.api('POST', '/api/users/register', { body: { email, password: PASSWORD } })).status).toBe(201);
      // No process works this database's queue yet: the job waits, nothing is sent.
      expect(await welcomeJobs(api, email)).toEqual([expect.objectContaining({ state: 'created' })]);
      expect(smtp.messages.some((m) => m.to.includes(email))).toBe(false);
      // A worker process appears later, on the same database.
      const worker = await startTestServer({ database: api.database, smtpUrl: smtp.url });
      try {
        await smtp.waitFor((m) => m.to.includes(email), 20_000);
        expect((await settledWelcomeJob(api, email)).state).toBe('completed');
      } finally {
        await worker.close();
      }
      expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    } finally {
      await api.close();
    }
  }, 40_000);
});
