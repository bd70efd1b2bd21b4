import path from 'node:path';
import { type CoreConfig, type Deps, jobs, mail, type payments } from '@mercato/core';
import type { Database, Db } from '@mercato/db';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Env } from '../env';
import { coreConfig } from './config';
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
 * The dependencies of requests and jobs over an open database and job queue,
 * and, when a mailer is given, the worker of every registered job. The one
 * wiring shared by the server, the worker process and the tests.
 */
export async function wireServices(opts: {
  database: Pick<Database, 'db' | 'pool'>;
  boss: PgBoss;
  config: CoreConfig;
  /** STOREFRONT_URL: e-mails link there; null, they carry no links. */
  storefrontUrl: string | null;
  logger: Logger;
  /** The payment provider, over the database (the simulator keeps its sessions there). */
  payments: (db: Db) => payments.PaymentGateway;
  /** Run the worker in this process, sending mail with this mailer. */
  worker?: { mailer: mail.Mailer; pollingIntervalSeconds?: number };
  now?: () => Date;
  log?: Deps['log'];
}): Promise<Deps> {
  const { db, pool } = opts.database;
  const deps: Deps = {
    db,
    uow: jobs.createUnitOfWork(pool, opts.boss),
    config: opts.config,
    payments: opts.payments(db),
    log: opts.log ?? ((level, msg, fields) => opts.logger[level](fields ?? {}, msg)),
    now: opts.now ?? (() => new Date()),
  };
  if (opts.worker) {
    await jobs.startWorker(opts.boss, {
      deps,
      mailer: opts.worker.mailer,
      storefrontUrl: opts.storefrontUrl,
      log: (msg, fields) => opts.logger.info(fields ?? {}, msg),
      pollingIntervalSeconds: opts.worker.pollingIntervalSeconds,
    });
  }
  return deps;
}

/**
 * Everything a process needs besides HTTP: the database (migrated), the job
 * queue and, when `runWorker`, the worker. Shared by main and worker.
 */
export async function startServices(
  env: Env,
  logger: Logger,
  /** apiProcess: one of a cluster's API processes; its primary migrated the database and made the queues. */
  opts: { dataDir: string; runWorker: boolean; apiProcess?: boolean },
): Promise<Services> {
  // First: a bad key stops the start before anything is opened.
  const jwtSecret = await loadOrCreateJwtSecret(env.JWT_SECRET, opts.dataDir);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: opts.dataDir,
    log: (line) => logger.debug({ postgres: line.trim() }),
    migrate: !opts.apiProcess,
  });
  let boss: PgBoss;
  try {
    boss = await jobs.startJobQueue(database.url, { sendOnly: opts.apiProcess ?? false });
  } catch (err) {
    await database.close();
    throw err;
  }
  const mailer = mail.createMailer({
    smtpUrl: env.SMTP_URL,
    outboxDir: path.join(opts.dataDir, 'outbox'),
    from: env.MAIL_FROM,
  });
  const deps = await wireServices({
    database: database.database,
    boss,
    config: coreConfig(env, jwtSecret),
    storefrontUrl: env.STOREFRONT_URL?.replace(/\/+$/, '') ?? null,
    logger,
    payments: (db) => createPayments(env, db),
    ...(opts.runWorker ? { worker: { mailer } } : {}),
  });
  if (opts.runWorker) logger.info({ smtp: Boolean(env.SMTP_URL) }, 'worker started');

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
