import { jobs } from '@mercato/core';
import { idempotencyKeys, rateLimits, refreshTokens } from '@mercato/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startTestServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('maintenance job', () => {
  it('is scheduled in the database by every process that starts the queue', async () => {
    const { rows } = await server.database.pool.query('SELECT name, cron FROM pgboss.schedule');
    expect(rows).toContainEqual({ name: jobs.QUEUES.maintenance, cron: '*/10 * * * *' });
  });

  it('purges stale rate-limit windows and long-expired refresh tokens, and keeps live ones', async () => {
    const db = server.deps.db;
    const now = new Date();
    await db.insert(rateLimits).values([
      { key: 'stale', windowStart: new Date(now.getTime() - 2 * 3600e3), count: 3 },
      { key: 'live', windowStart: new Date(now.getTime() - 60e3), count: 1 },
    ]);
    const expired = await createUser(server);
    const live = await createUser(server);
    await db
      .update(refreshTokens)
      .set({ expiresAt: new Date(now.getTime() - 2 * 86_400e3) })
      .where(eq(refreshTokens.userId, expired.id));

    const purged = await jobs.purgeStaleRows(db, now);
    expect(purged.rateLimits).toBeGreaterThanOrEqual(1);
    expect(purged.refreshTokens).toBe(1);
    const keys = (await db.select().from(rateLimits)).map((r) => r.key);
    expect(keys).toContain('live');
    expect(keys).not.toContain('stale');
    const refreshed = await server.api('POST', '/api/users/refresh', { body: { refreshToken: live.refreshToken } });
    expect(refreshed.status).toBe(200);
  });

  it('purges idempotency records past their 24 hours', async () => {
    const db = server.deps.db;
    const now = new Date();
    await db.insert(idempotencyKeys).values([
      {
        scope: 'user:x',
        key: 'old',
        requestHash: 'h',
        statusCode: 201,
        responseBody: '{}',
        expiresAt: new Date(now.getTime() - 1000),
      },
      {
        scope: 'user:x',
        key: 'fresh',
        requestHash: 'h',
        statusCode: 201,
        responseBody: '{}',
        expiresAt: new Date(now.getTime() + 3600e3),
      },
    ]);
    expect((await jobs.purgeStaleRows(db, now)).idempotencyKeys).toBe(1);
    expect((await db.select().from(idempotencyKeys)).map((r) => r.key)).toEqual(['fresh']);
  });
});
