import { rateLimits, type Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { deleteBefore } from './purge';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts `cost` hits (one by default) against `key` in a fixed window and says
 * whether the total is within `limit`. One upsert that increments and returns
 * the new count: the counter lives in PostgreSQL so every process shares it,
 * and concurrent hits each see a distinct count (nothing is read first).
 */
export async function hitRateLimit(
  db: Tx,
  key: string,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
  cost = 1,
): Promise<RateLimitResult> {
  const windowStart = windowOf(now, windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: cost })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + excluded.count ELSE excluded.count END`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? cost;
  return {
    allowed: count <= limit,
    count,
    retryAfterSeconds: retryAfter(windowStart, windowMs, now),
  };
}

export interface LeaseResult {
  /** Whether all `want` units were granted (all or nothing). */
  granted: boolean;
  /** The window's total of granted units after this call (granted), or as last committed (refused). */
  count: number;
}

/**
 * Reserves `want` units of `key`'s budget in the current window, all or
 * nothing: the row is updated only while the total stays within `limit`, so
 * the sum of every process's leases never exceeds it. One statement; the
 * second SELECT reads the count the upsert left alone when it refused.
 */
export async function leaseRateLimit(
  db: Tx,
  key: string,
  want: number,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
): Promise<LeaseResult> {
  const windowStart = windowOf(now, windowMs);
  const result = await db.execute<{ leased: number | null; current: number | null; current_window: Date | null }>(sql`
    WITH up AS (
      INSERT INTO ${rateLimits} AS r (key, window_start, count) VALUES (${key}, ${windowStart}, ${want})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN r.window_start = excluded.window_start THEN r.count + excluded.count ELSE excluded.count END,
        window_start = excluded.window_start
      WHERE r.window_start < excluded.window_start OR r.count + excluded.count <= ${limit}
      RETURNING r.count
    )
    SELECT (SELECT count FROM up) AS leased,
           (SELECT count FROM ${rateLimits} WHERE key = ${key}) AS current,
           (SELECT window_start FROM ${rateLimits} WHERE key = ${key}) AS current_window`);
  const row = result.rows[0];
  if (row?.leased != null) return { granted: true, count: Number(row.leased) };
  // Refused: the committed count of this window (a row of a later window, from a clock ahead of ours, spends it all).
  const sameWindow = row?.current_window && new Date(row.current_window).getTime() === windowStart.getTime();
  return { granted: false, count: sameWindow ? Number(row.current) : limit };
}

/** Seconds until the window that holds `now` ends (at least 1): the Retry-After of a refusal. */
export const secondsLeftInWindow = (now: Date, windowMs: number): number =>
  retryAfter(windowOf(now, windowMs), windowMs, now);

/** Gives one hit back to `key`, if its window is still the current one (a reservation that was not spent). */
export async function refundRateLimit(db: Tx, key: string, windowMs: number, now: Date = new Date()): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(sql`${rateLimits.key} = ${key} AND ${rateLimits.windowStart} = ${windowOf(now, windowMs)}`);
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
