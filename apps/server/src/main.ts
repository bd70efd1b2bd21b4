import cluster from 'node:cluster';
import path from 'node:path';
import { auth } from '@mercato/core';
import { seedDemoCatalog } from '@mercato/core/seed';
import pino, { type Logger } from 'pino';
import { ConfigError, type Env, invocationDir, loadEnv } from './env';
import { runPrimary } from './runtime/cluster';
import { publicUrl } from './runtime/config';
import { StartupError } from './runtime/database';
import { type Services, startServices } from './runtime/services';

/** Once per start (the primary's job with WEB_CONCURRENCY > 1): the admin account and the demo catalog. */
async function bootstrap(env: Env, logger: Logger, services: Services): Promise<void> {
  const { db } = services.deps;
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
}

/** The start-up banner, once the port is served. */
function announce(env: Env, logger: Logger, port: number, processes: number): void {
  const base = publicUrl(env, port);
  // performance.now() counts from process start, so this includes loading the code.
  const ms = Math.round(performance.now());
  logger.info({ port, ms, embedded: !env.DATABASE_URL, processes }, 'listening');
  process.stdout.write(
    `\nMercato is running (${ms} ms)\n  API:   ${base}/api\n  Docs:  ${base}/docs\n  tRPC:  ${base}/trpc\n\n`,
  );
}

async function main(): Promise<void> {
  const env = loadEnv();
  // Asynchronous writes: one log line per request without a write(2) per line under load.
  const logger = pino({ level: env.LOG_LEVEL, base: { service: 'mercato' } }, pino.destination({ sync: false }));
  const dataDir = path.resolve(invocationDir(), env.DATA_DIR);

  // Loaded only where HTTP is served: a cluster's primary never builds the app (less memory there).
  const http = () => import('./runtime/http-server');
  if (cluster.isWorker) {
    // One of the primary's API processes: the primary migrated, seeded and runs the job worker.
    const { drainOnSignal, startHttp } = await http();
    const services = await startServices(env, logger, { dataDir, runWorker: false, apiProcess: true });
    drainOnSignal(
      startHttp(env, logger, services, () => {}),
      logger,
      services,
    );
    return;
  }
  const primary = env.WEB_CONCURRENCY > 1;
  const services = await startServices(env, logger, { dataDir, runWorker: env.WORKER });
  await bootstrap(env, logger, services);
  if (primary) {
    runPrimary(env, logger, services, (port) => announce(env, logger, port, env.WEB_CONCURRENCY));
    return;
  }
  const { drainOnSignal, startHttp } = await http();
  drainOnSignal(
    startHttp(env, logger, services, (port) => announce(env, logger, port, 1)),
    logger,
    services,
  );
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StartupError;
  process.stderr.write(`mercato: ${known ? (err as Error).message : `start-up failed: ${String(err)}`}\n`);
  process.exit(1);
});
