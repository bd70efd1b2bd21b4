import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

/**
 * How many procedure calls a request makes: a tRPC batch names its calls in
 * the path, comma-separated (tRPC decodes the path first, so `%2C` counts
 * too); every other request is one.
 */
export function callsOf(path: string): number {
  if (!path.startsWith('/trpc/')) return 1;
  let names = path.slice('/trpc/'.length);
  try {
    names = decodeURIComponent(names);
  } catch {
    // tRPC refuses a malformed path itself; count what is there
  }
  return names.split(',').length;
}

/** Refuses a tRPC batch of more than `max` calls with the contract's 400, before any call runs. */
export function trpcBatchLimit(max: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const calls = callsOf(c.req.path);
    if (calls > max) {
      return errorResponse(c, 400, 'BAD_REQUEST', `A tRPC batch may hold at most ${max} calls (this one has ${calls})`);
    }
    return next();
  };
}
