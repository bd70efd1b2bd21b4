import path from 'node:path';
import pino from 'pino';
import { ConfigError, invocationDir, loadEnv } from './env';
import { StartupError } from './runtime/database';
import { startServices } from './runtime/services';

/** A process that only works the job queue (for deployments that scale workers apart from the API). */
async function main(): Promise<void> {
  const env = loadEnv();
  const logger = pino({ level: env.LOG_LEVEL, base: { service: 'mercato-worker' } });
  const dataDir = path.resolve(invocationDir(), env.DATA_DIR);
  const services = await startServices(env, logger, { dataDir, runWorker: true });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down');
    setTimeout(() => process.exit(1), 10_000).unref();
    await services.close().catch((err) => logger.error({ err }, 'closing services failed'));
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StartupError;
  process.stderr.write(`mercato-worker: ${known ? (err as Error).message : `start-up failed: ${String(err)}`}\n`);
  process.exit(1);
});
