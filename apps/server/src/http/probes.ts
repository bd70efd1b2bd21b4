import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from './app-env';

/**
 * The load balancers' probes, mounted ahead of the request frame. Every
 * balancer polls them every few seconds, so they write no access-log line (a
 * failing readiness check logs a warning), carry none of the frame's headers
 * (request id, security, CORS: no browser reads them) and never count against
 * the request limit. They answer GET and HEAD; other methods fall through to
 * the frame's 405.
 */
export function probeRoutes(isReady: () => Promise<boolean>, logger: Logger): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (await isReady().catch(() => false)) return c.json({ status: 'ready' });
    logger.warn('not ready: the database does not answer');
    return c.json({ status: 'unavailable' }, 503);
  });
  return app;
}
