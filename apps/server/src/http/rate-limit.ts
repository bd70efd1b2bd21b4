import { hitRateLimit } from '@mercato/core';
import type { Db } from '@mercato/db';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

/**
 * Requests per client address per minute, counted in PostgreSQL so all
 * processes share the budget. A request costs `cost(c)` units (a tRPC batch:
 * one per call), so batching does not multiply the limit.
 */
export function rateLimit(
  db: Db,
  perMinute: number,
  now: () => Date = () => new Date(),
  cost: (c: Context<AppEnv>) => number = () => 1,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const result = await hitRateLimit(db, `requests:${c.var.clientIp}`, perMinute, 60_000, now(), cost(c));
    c.header('RateLimit-Limit', String(perMinute));
    c.header('RateLimit-Remaining', String(Math.max(0, perMinute - result.count)));
    if (!result.allowed) {
      return errorResponse(c, 429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded; slow down', {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
    return next();
  };
}
