import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from './app-env';
import { clientIp } from './client-ip';

/** hono/secure-headers' defaults, which this replaces. */
const SECURE_HEADERS: [string, string][] = [
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
];
export const EXPOSED_HEADERS = [
  'Retry-After',
  'X-Request-Id',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'Idempotent-Replayed',
];
/** An incoming X-Request-Id is kept when it looks like one (hono/request-id's rule), else a new one is made. */
const REQUEST_ID = /^[\w\-=]{1,255}$/;

const outgoingOf = (c: Context): ServerResponse | undefined => {
  const out = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  return out && typeof out.setHeader === 'function' ? out : undefined;
};

/**
 * Sets a response header for whatever answer the request gets. On Node the
 * header goes straight onto the outgoing message, which Node merges with the
 * answer's own headers (those win): no Response is copied or re-created for
 * it. Elsewhere (app.request) it is applied once the answer is known.
 */
export function responseHeader(c: Context<AppEnv>, name: string, value: string): void {
  const out = outgoingOf(c);
  if (out) out.setHeader(name, value);
  else c.get('lateHeaders').push([name, value]);
}

/**
 * The fixed part of every request, in one middleware: request id, client
 * address, security headers, the CORS headers of a simple request (preflights
 * are the cors middleware's) and the one log line per request.
 */
export function requestFrame(opts: {
  logger: Logger;
  trustProxy: boolean;
  corsOrigins: string[] | '*';
}): MiddlewareHandler<AppEnv> {
  const exposed = EXPOSED_HEADERS.join(',');
  const allowOrigin = (origin: string | undefined) =>
    opts.corsOrigins === '*' ? '*' : origin && opts.corsOrigins.includes(origin) ? origin : null;
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const ip = clientIp(c, opts.trustProxy);
    c.set('clientIp', ip);
    // c.var would copy every variable into a new object at each read: the frame keeps its own.
    const late: [string, string][] = [];
    c.set('lateHeaders', late);
    for (const [name, value] of SECURE_HEADERS) responseHeader(c, name, value);
    responseHeader(c, 'x-request-id', requestId);
    if (c.req.method !== 'OPTIONS') {
      const origin = allowOrigin(c.req.header('origin'));
      if (origin) responseHeader(c, 'access-control-allow-origin', origin);
      responseHeader(c, 'access-control-expose-headers', exposed);
      if (opts.corsOrigins !== '*') responseHeader(c, 'vary', 'Origin');
    }
    await next();
    if (late.length > 0) for (const [name, value] of late) c.res.headers.set(name, value);
    opts.logger.info({
      reqId: requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ip,
    });
  };
}
