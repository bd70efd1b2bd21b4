import { buildOpenApiDocument } from '@mercato/api';
import { type Deps, payments } from '@mercato/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { restHandler, trpcHandler } from './http/api';
import type { AppEnv } from './http/app-env';
import { clientIp } from './http/client-ip';
import { docsRoutes } from './http/docs';
import { errorResponse } from './http/errors';
import { idempotency } from './http/idempotency';
import { loggableError } from './http/loggable-error';
import { httpManners } from './http/manners';
import { rateLimit } from './http/rate-limit';
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
const UNLIMITED = new Set(['/healthz', '/readyz', '/api/webhooks/stripe']);

export function createApp(opts: AppOptions): Hono<AppEnv> {
  const { deps, logger } = opts;
  // Not strict: `/docs/` is `/docs`, `/healthz/` is `/healthz`.
  const app = new Hono<AppEnv>({ strict: false });
  const onInternalError = (error: unknown, path: string | undefined) =>
    logger.error({ err: loggableError(error), path }, 'internal error');

  app.use(requestId());
  app.use(async (c, next) => {
    c.set('clientIp', clientIp(c, opts.trustProxy));
    const started = performance.now();
    await next();
    logger.info({
      reqId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ip: c.var.clientIp,
    });
  });
  app.use(secureHeaders());
  app.use(
    cors({
      origin: opts.corsOrigins === '*' ? '*' : opts.corsOrigins,
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'trpc-accept', 'x-trpc-source'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Retry-After', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: opts.bodyLimitBytes,
      onError: (c) => errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${opts.bodyLimitBytes} bytes`),
    }),
  );
  app.use('/trpc/*', trpcBatchLimit(opts.trpcMaxBatch));
  const limiter = rateLimit(
    deps.db,
    opts.rateLimitPerMinute,
    () => deps.now(),
    (c) => callsOf(c.req.path),
  );
  app.use((c, next) => (UNLIMITED.has(c.req.path) ? next() : limiter(c, next)));

  app.route('/', httpManners());
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) =>
    (await opts.isReady().catch(() => false)) ? c.json({ status: 'ready' }) : c.json({ status: 'unavailable' }, 503),
  );

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
    return errorResponse(c, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  });
  return app;
}
