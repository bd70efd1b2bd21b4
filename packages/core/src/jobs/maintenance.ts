import type { Tx } from '@mercato/db';
import { z } from 'zod';
import { purgeExpiredRefreshTokens } from '../auth/tokens';
import { purgeExpiredIdempotencyKeys } from '../shared/idempotency';
import { defineJob } from '../shared/job';
import { purgeStaleRateLimits } from '../shared/rate-limit';

/**
 * Deletes rows nobody can use any more (they would grow forever), each by the
 * domain that owns the table.
 */
export async function purgeStaleRows(
  db: Tx,
  now: Date = new Date(),
): Promise<{ rateLimits: number; refreshTokens: number; idempotencyKeys: number }> {
  return {
    rateLimits: await purgeStaleRateLimits(db, now),
    refreshTokens: await purgeExpiredRefreshTokens(db, now),
    idempotencyKeys: await purgeExpiredIdempotencyKeys(db, now),
  };
}

export const maintenanceJob = defineJob({
  name: 'maintenance',
  // Cron sends carry no data (null).
  payload: z.looseObject({}).nullish(),
  cron: '*/10 * * * *',
  async handle(_data, ctx) {
    ctx.log('stale rows purged', await purgeStaleRows(ctx.db));
  },
});
