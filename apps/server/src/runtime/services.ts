import path from 'node:path';
import { createMailer, createUnitOfWork, type Deps, startJobQueue, startWorker } from '@mercato/core';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Env } from '../env';
import { coreConfig, publicUrl } from './config';
import { type OpenedDatabase, openDatabase } from './database';
import { createPayments } from './payments';
import { loadOrCreateJwtSecret } from './secret';

export interface Services {
  deps: Deps;
  database: OpenedDatabase;
  boss: PgBoss;
  close(): Promise<void>;
}

/**
 * Everything a process needs besides HTTP: the database (migrated), the job
 * queue and, when `runWorker`, the e-mail worker. Shared by main and worker.
 */
export async function startServices(
  env: Env,
  logger: Logger,
  opts: { dataDir: string; runWorker: boolean },
): Promise<Services> {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: opts.dataDir,
    log: (line) => logger.debug({ postgres: line.trim() }),
  });
  let boss: PgBoss;
  try {
    boss = await startJobQueue(database.url);
  } catch (err) {
    await database.close();
    throw err;
  }
  const { db, pool } = database.database;
  const config = coreConfig(env, await loadOrCreateJwtSecret(env.JWT_SECRET, opts.dataDir));
  const deps: Deps = {
    db,
    uow: createUnitOfWork(pool, boss),
    config,
    payments: createPayments(env, db),
    log: (level, msg, fields) => logger[level](fields ?? {}, msg),
    now: () => new Date(),
  };

  const mailer = createMailer({
    smtpUrl: env.SMTP_URL,
    outboxDir: path.join(opts.dataDir, 'outbox'),
    from: env.MAIL_FROM,
  });
  if (opts.runWorker) {
    await startWorker(boss, {
      core: deps,
      db,
      mailer,
      publicUrl: publicUrl(env, env.PORT),
      log: (msg, fields) => logger.info(fields ?? {}, msg),
    });
    logger.info({ smtp: Boolean(env.SMTP_URL) }, 'worker started');
  }

  return {
    deps,
    database,
    boss,
    close: async () => {
      // Graceful: running jobs finish (or are retried later by another worker) before the pool goes.
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 }).catch(() => {});
      mailer.close();
      await database.close();
    },
  };
}
