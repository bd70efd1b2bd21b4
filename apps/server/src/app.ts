import { buildOpenApiDocument } from '@mercato/api';
import { type Deps, databaseBusy, isPoolTimeout, payments } from '@mercato/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import { restHandler, trpcHandler } from './http/api';
import type { AppEnv } from './http/app-env';
import { docsRoutes } from './http/docs';
import { errorResponse } from './http/errors';
import { faultLogger } from './http/faults';
import { idempotency } from './http/idempotency';
import { httpManners } from './http/manners';
import { probeRoutes } from './http/probes';
import { rateLimit } from './http/rate-limit';
import { EXPOSED_HEADERS, requestFrame } from './http/response-headers';
import { simulatorRoutes } from './http/simulator';
import { callsOf, trpcBatchLimit } from './http/trpc-batch';
import { webhookRoutes } from './http/webhooks';

export interface AppOptions {
  deps: Deps;
  logger: Logger;
  /** '*' allows any origin; an empty list allows none. */
  corsOrigins: string[] | '*';
  rateLimitPerMinute: number;
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** The most calls one tRPC batch may hold (TRPC_MAX_BATCH); each counts against the request limit. */
  trpcMaxBatch: number;
  publicUrl: string;
  /** Whether the database answers, for /readyz. */
  isReady: () => Promise<boolean>;
}

// The webhook is signed by Stripe and retried by it: a per-IP limit would only drop its retries.
const UNLIMITED = '/api/webhooks/stripe';

export function createApp(opts: AppOptions): Hono<AppEnv> {
  const { deps, logger } = opts;
  // Not strict: `/docs/` is `/docs`, `/healthz/` is `/healthz`.
  const app = new Hono<AppEnv>({ strict: false });
  const onInternalError = faultLogger(logger);

  app.route('/', probeRoutes(opts.isReady, logger));
  app.use(requestFrame({ logger, trustProxy: opts.trustProxy, corsOrigins: opts.corsOrigins }));
  const preflight = cors({
    origin: opts.corsOrigins === '*' ? '*' : opts.corsOrigins,
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'trpc-accept', 'x-trpc-source'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  // Simple requests get their CORS headers from requestFrame; the cors middleware answers preflights.
  app.use((c, next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : next()));
  const limitBody = bodyLimit({
    maxSize: opts.bodyLimitBytes,
    onError: (c) => errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${opts.bodyLimitBytes} bytes`),
  });
  // A GET or HEAD body is never read; checking for one would build the full Request of every read.
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('/trpc/*', trpcBatchLimit(opts.trpcMaxBatch));
  const limiter = rateLimit(
    deps.db,
    opts.rateLimitPerMinute,
    () => deps.now(),
    (c) => callsOf(c.req.path),
  );
  app.use((c, next) => (c.req.path === UNLIMITED ? next() : limiter(c, next)));

  app.route('/', httpManners());

  let openApiDocument: unknown;
  app.get('/api/openapi.json', (c) => {
    openApiDocument ??= buildOpenApiDocument(`${opts.publicUrl}/api`);
    return c.json(openApiDocument);
  });
  app.route('/docs', docsRoutes());
  app.route('/api/webhooks', webhookRoutes(deps, logger));
  if (payments.isSimulator(deps.payments)) app.route('/simulator', simulatorRoutes(deps, deps.payments));
  app.use('/trpc/*', trpcHandler(deps, onInternalError));
  app.use('/api/*', idempotency(deps));
  app.all('/api/*', restHandler(deps, onInternalError));

  app.notFound((c) => errorResponse(c, 404, 'NOT_FOUND', 'Not found'));
  app.onError((err, c) => {
    onInternalError(err, c.req.path);
    if (isPoolTimeout(err)) {
      const busy = databaseBusy();
      return errorResponse(c, 503, busy.code, busy.message, { 'Retry-After': String(busy.retryAfterSeconds) });
    }
    return errorResponse(c, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  });
  return app;
}
