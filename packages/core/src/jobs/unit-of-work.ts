import { type ExecuteSql, withTransaction } from '@mercato/db';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Enqueue, UnitOfWork } from '../shared/job';
import { isRegistered } from './registry';

export function createUnitOfWork(pool: pg.Pool, boss: PgBoss): UnitOfWork {
  return (fn) => withTransaction(pool, (tx, executeSql) => fn(tx, enqueuer(boss, executeSql)));
}

/**
 * Validates the payload and sends the job: on `executeSql`'s connection (so
 * inside the caller's transaction) when given, else on pg-boss's own pool.
 */
export function enqueuer(boss: PgBoss, executeSql?: ExecuteSql): Enqueue {
  return async (job, data, options) => {
    if (!isRegistered(job)) throw new Error(`job ${job.name} is not in the registry (jobs/registry.ts)`);
    const payload = job.payload.parse(data) as object;
    const id = await boss.send(job.name, payload, { ...options, ...(executeSql ? { db: { executeSql } } : {}) });
    // A null id without a singleton key means the queue does not exist: never drop silently.
    if (id === null && !options?.singletonKey) throw new Error(`job queue ${job.name} does not exist`);
  };
}
