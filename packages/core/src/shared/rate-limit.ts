import { rateLimits, type Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { deleteBefore } from './purge';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * One upsert: the counter lives in PostgreSQL so every process shares it.
 */
export async function hitRateLimit(
  db: Tx,
  key: string,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStart = windowOf(now, windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  return {
    allowed: count <= limit,
    count,
    retryAfterSeconds: retryAfter(windowStart, windowMs, now),
  };
}

/** Reads the current count without adding to it. */
export async function peekRateLimit(
  db: Tx,
  key: string,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStart = windowOf(now, windowMs);
  const rows = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(sql`${rateLimits.key} = ${key} AND ${rateLimits.windowStart} = ${windowStart}`);
  const count = rows[0]?.count ?? 0;
  return {
    allowed: count < limit,
    count,
    retryAfterSeconds: retryAfter(windowStart, windowMs, now),
  };
}

export async function clearRateLimit(db: Tx, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

/** Windows kept this long past their end, so an investigation can still see recent ones. */
const RATE_LIMIT_KEEP_MS = 60 * 60 * 1000;

/** Deletes counters of windows long past (the maintenance job). */
export async function purgeStaleRateLimits(db: Tx, now: Date = new Date()): Promise<number> {
  return deleteBefore(db, rateLimits, rateLimits.windowStart, new Date(now.getTime() - RATE_LIMIT_KEEP_MS));
}

const windowOf = (now: Date, windowMs: number) => new Date(Math.floor(now.getTime() / windowMs) * windowMs);

function retryAfter(windowStart: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}
