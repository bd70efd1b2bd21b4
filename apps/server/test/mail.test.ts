import { jobs } from '@mercato/core';
import { type SmtpSink, startSmtpSink } from '@mercato/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer, uniqueEmail } from './helpers';

let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(() => smtp.close());

const countJobs = async (server: TestServer, userEmail: string) => {
  const { rows } = await server.database.pool.query(
    `SELECT count(*)::int AS n FROM pgboss.job j JOIN users u ON u.id::text = j.data->>'userId'
     WHERE j.name = $1 AND u.email = $2`,
    [jobs.QUEUES.welcomeEmail, userEmail],
  );
  return rows[0].n as number;
};

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
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('is not enqueued when the registration fails (same transaction)', async () => {
    const email = uniqueEmail('dupe');
    await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD } });
    const again = await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD } });
    expect(again.status).toBe(409);
    expect(await countJobs(server, email)).toBe(1);
  });

  it('is retried after a temporary SMTP failure, keeping one Message-ID', async () => {
    await server.boss.updateQueue(jobs.QUEUES.welcomeEmail, {
      name: jobs.QUEUES.welcomeEmail,
      retryDelay: 1,
      retryBackoff: false,
      retryLimit: 3,
    });
    smtp.failNext(1);
    const email = uniqueEmail('retry');
    await server.api('POST', '/api/users/register', { body: { email, password: PASSWORD } });
    const mail = await smtp.waitFor((m) => m.to.includes(email), 20_000);
    expect(mail.messageId).toMatch(/@mercato>$/);
  }, 30_000);
});

describe('durability', () => {
  it('keeps a job enqueued while no worker runs and delivers it when one starts', async () => {
    const api = await startTestServer();
    const email = uniqueEmail('later');
    try {
      expect((await api.api('POST', '/api/users/register', { body: { email, password: PASSWORD } })).status).toBe(201);
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.messages.some((m) => m.to.includes(email))).toBe(false);
      expect(await countJobs(api, email)).toBe(1);
      // A worker process appears later, on the same database.
      const worker = await startTestServer({ database: api.database, smtpUrl: smtp.url });
      try {
        await smtp.waitFor((m) => m.to.includes(email), 20_000);
      } finally {
        await worker.close();
      }
    } finally {
      await api.close();
    }
  }, 40_000);
});
