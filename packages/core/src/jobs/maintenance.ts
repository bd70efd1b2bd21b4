import { idempotencyKeys, rateLimits, refreshTokens, type Tx } from '@mercato/db';
import { lt } from 'drizzle-orm';

/** Rows kept this long past their usefulness, so an investigation can still see recent ones. */
const RATE_LIMIT_KEEP_MS = 60 * 60 * 1000;
const REFRESH_TOKEN_KEEP_MS = 24 * 60 * 60 * 1000;

/** Deletes rate-limit windows, refresh tokens and idempotency records nobody can use any more; they would grow forever. */
export async function purgeStaleRows(
  db: Tx,
  now: Date = new Date(),
): Promise<{ rateLimits: number; refreshTokens: number; idempotencyKeys: number }> {
  const limits = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - RATE_LIMIT_KEEP_MS)))
    .returning({ key: rateLimits.key });
  const tokens = await db
    .delete(refreshTokens)
    .where(lt(refreshTokens.expiresAt, new Date(now.getTime() - REFRESH_TOKEN_KEEP_MS)))
    .returning({ id: refreshTokens.id });
  const keys = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.expiresAt, now))
    .returning({ key: idempotencyKeys.key });
  return { rateLimits: limits.length, refreshTokens: tokens.length, idempotencyKeys: keys.length };
}
