import path from 'node:path';
import { serve } from '@hono/node-server';
import { auth } from '@mercato/core';
import { seedDemoCatalog } from '@mercato/core/seed';
import pino from 'pino';
import { createApp } from './app';
import { ConfigError, invocationDir, loadEnv } from './env';
import { corsOrigins, publicUrl } from './runtime/config';
import { StartupError } from './runtime/database';
import { startServices } from './runtime/services';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = pino({ level: env.LOG_LEVEL, base: { service: 'mercato' } });
  const dataDir = path.resolve(invocationDir(), env.DATA_DIR);

  const services = await startServices(env, logger, { dataDir, runWorker: env.WORKER });
  const { deps } = services;
  const { db } = deps;

  try {
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      const admin = await auth.ensureAdmin(db, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
      logger.info({ adminId: admin.id }, 'admin account ensured');
    }
    if (env.SEED_DEMO) {
      const demo = await seedDemoCatalog(db);
      if (demo.seeded) logger.info({ categories: demo.categories, products: demo.products }, 'demo catalog seeded');
    }
  } catch (err) {
    // The embedded PostgreSQL is a child process: stop it rather than leave it running behind a failed start.
    await services.close().catch(() => {});
    throw err;
  }

  const app = createApp({
    deps,
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

  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
    const base = publicUrl(env, info.port);
    // performance.now() counts from process start, so this includes loading the code.
    const ms = Math.round(performance.now());
    logger.info({ port: info.port, ms, embedded: !env.DATABASE_URL }, 'listening');
    process.stdout.write(
      `\nMercato is running (${ms} ms)\n  API:   ${base}/api\n  Docs:  ${base}/docs\n  tRPC:  ${base}/trpc\n\n`,
    );
  });
  server.on('error', async (err) => {
    process.stderr.write(`mercato: cannot listen on ${env.HOST}:${env.PORT}: ${err.message}\n`);
    await services.close().catch(() => {});
    process.exit(1);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    // close() stops accepting and waits for in-flight requests; idle keep-alive sockets go at once.
    server.close(async () => {
      await services.close().catch((err) => logger.error({ err }, 'closing services failed'));
      logger.info('stopped');
      process.exit(0);
    });
    // Keep-alive sockets go idle as their last response is sent; close them as they do.
    const reaper = setInterval(() => 'closeIdleConnections' in server && server.closeIdleConnections(), 50);
    reaper.unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StartupError;
  process.stderr.write(`mercato: ${known ? (err as Error).message : `start-up failed: ${String(err)}`}\n`);
  process.exit(1);
});
