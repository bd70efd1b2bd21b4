import { type ServerType, serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from '../app';
import type { Env } from '../env';
import { corsOrigins, publicUrl } from './config';
import type { Services } from './services';
import { onStopSignal } from './shutdown';

/** The API on HTTP over started services; `onListening` gets the port. */
export function startHttp(
  env: Env,
  logger: Logger,
  services: Services,
  onListening: (port: number) => void,
): ServerType {
  const app = createApp({
    deps: services.deps,
    logger,
    corsOrigins: corsOrigins(env),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy: env.TRUST_PROXY,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    trpcMaxBatch: env.TRPC_MAX_BATCH,
    publicUrl: publicUrl(env, env.PORT),
    isReady: async () => {
      await services.database.database.pool.query('SELECT 1');
      return true;
    },
  });
  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => onListening(info.port));
  server.on('error', async (err) => {
    process.stderr.write(`mercato: cannot listen on ${env.HOST}:${env.PORT}: ${err.message}\n`);
    await services.close().catch(() => {});
    process.exit(1);
  });
  return server;
}

/**
 * On SIGTERM or SIGINT: stop accepting, let in-flight requests finish, then
 * close the services and exit 0 (1 past the deadline).
 */
export function drainOnSignal(server: ServerType, logger: Logger, services: Services): void {
  onStopSignal(logger, () => {
    // close() stops accepting and waits for in-flight requests; idle keep-alive sockets go at once.
    server.close(async () => {
      await services.close().catch((err) => logger.error({ err }, 'closing services failed'));
      logger.info('stopped');
      process.exit(0);
    });
    // Keep-alive sockets go idle as their last response is sent; close them as they do.
    const reaper = setInterval(() => 'closeIdleConnections' in server && server.closeIdleConnections(), 50);
    reaper.unref();
  });
}
