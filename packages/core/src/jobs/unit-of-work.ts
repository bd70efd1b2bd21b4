import { type Db, withTransaction } from '@mercato/db';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { JobPayloads, QueueName } from './queues';

export type Enqueue = <Q extends QueueName>(
  queue: Q,
  data: JobPayloads[Q],
  options?: { singletonKey?: string },
) => Promise<void>;

/** Runs `fn` in one transaction whose enqueued jobs commit (or vanish) with it. */
export type UnitOfWork = <T>(fn: (tx: Db, enqueue: Enqueue) => Promise<T>) => Promise<T>;

export function createUnitOfWork(pool: pg.Pool, boss: PgBoss): UnitOfWork {
  return (fn) =>
    withTransaction(pool, (tx, executeSql) =>
      fn(tx, async (queue, data, options) => {
        const id = await boss.send(queue, data as object, { ...options, db: { executeSql } });
        // A null id without a singleton key means the queue does not exist: never drop silently.
        if (id === null && !options?.singletonKey) throw new Error(`job queue ${queue} does not exist`);
      }),
    );
}
