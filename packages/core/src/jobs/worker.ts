import type { Db } from '@mercato/db';
import type PgBoss from 'pg-boss';
import type { Mailer } from '../mail/transport';
import type { JobLog, UnitOfWork } from '../shared/job';
import { allJobs } from './registry';
import { enqueuer } from './unit-of-work';

export interface WorkerDeps {
  db: Db;
  uow: UnitOfWork;
  mailer: Mailer;
  publicUrl: string;
  log: JobLog;
}

/**
 * Works every registered queue. pg-boss retries a job whose handler throws
 * (per the job's retry policy), so each handler must be safe to run again.
 */
export async function startWorker(boss: PgBoss, deps: WorkerDeps): Promise<void> {
  const enqueue = enqueuer(boss);
  for (const job of allJobs()) {
    await boss.work(job.name, async (batch) => {
      for (const { id, data } of batch) {
        await job.handle(job.payload.parse(data), { ...deps, jobId: id, enqueue });
      }
    });
  }
}
