import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Env } from '../env';
import type { Services } from './services';
import { onStopSignal } from './shutdown';

/**
 * WEB_CONCURRENCY > 1: this process (the primary) has opened and migrated the
 * database, seeded it and runs the job worker (WORKER); it serves no HTTP. It
 * forks that many API processes, which share the port (node:cluster hands out
 * connections) and reach the database by the URL it opened (the embedded one
 * too). A process that dies is replaced; SIGTERM drains them all, then the
 * primary closes its services and exits 0.
 */
export function runPrimary(env: Env, logger: Logger, services: Services, onListening: (port: number) => void): void {
  const workerEnv = { DATABASE_URL: services.database.url, WORKER: 'false' };
  const listened = new WeakSet<Worker>();
  let stopping = false;
  let announced = false;
  let exitCode = 0;

  const finish = async () => {
    await services.close().catch((err) => logger.error({ err }, 'closing services failed'));
    logger.info('stopped');
    process.exit(exitCode);
  };
  const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  const stopWorkers = () => {
    stopping = true;
    const workers = alive();
    if (workers.length === 0) void finish();
    for (const worker of workers) worker.process.kill('SIGTERM');
  };

  cluster.on('listening', (worker, address) => {
    listened.add(worker);
    if (!announced && alive().every((w) => listened.has(w)) && alive().length === env.WEB_CONCURRENCY) {
      announced = true;
      onListening(address.port);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (alive().length === 0) void finish();
      return;
    }
    if (!listened.has(worker)) {
      // It never served: its start-up failed (it said why on stderr), and so would every other.
      logger.error({ pid: worker.process.pid, code }, 'an API process failed to start; stopping');
      exitCode = 1;
      stopWorkers();
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'an API process exited; starting another');
    cluster.fork(workerEnv);
  });
  onStopSignal(logger, stopWorkers);
  for (let i = 0; i < env.WEB_CONCURRENCY; i++) cluster.fork(workerEnv);
}
