import type { Db } from '@mercato/db';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';
import { requestBudget } from './request-budget';
import { responseHeader } from './response-headers';

/**
 * Requests per client address per minute, shared by all processes through
 * PostgreSQL (token leases: see request-budget.ts). A request costs `cost(c)`
 * units (a tRPC batch: one per call), so batching does not multiply the limit.
 */
export function rateLimit(
  db: Db,
  perMinute: number,
  now: () => Date = () => new Date(),
  cost: (c: Context<AppEnv>) => number = () => 1,
): MiddlewareHandler<AppEnv> {
  if (perMinute <= 0) return (_c, next) => next();
  const take = requestBudget(db, perMinute, 60_000);
  const limitHeader = String(perMinute);
  return async (c, next) => {
    const result = await take(`requests:${c.get('clientIp')}`, cost(c), now());
    responseHeader(c, 'RateLimit-Limit', limitHeader);
    responseHeader(c, 'RateLimit-Remaining', String(result.remaining));
    if (!result.allowed) {
      return errorResponse(c, 429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded; slow down', {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
    return next();
  };
}
