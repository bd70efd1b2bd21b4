import type PgBoss from 'pg-boss';
import type { Deps } from '../deps';
import type { Mailer } from '../mail/transport';
import type { JobDefinition, JobLog } from '../shared/job';
import { allJobs } from './registry';
import { enqueuer } from './unit-of-work';

export interface WorkerDeps {
  deps: Deps;
  mailer: Mailer;
  storefrontUrl: string | null;
  log: JobLog;
  /** How often an idle worker looks for jobs (pg-boss' default, 2 s, when unset). */
  pollingIntervalSeconds?: number;
}

/**
 * Works every registered queue. pg-boss retries a job whose handler throws
 * (per the job's retry policy), so each handler must be safe to run again.
 */
export async function startWorker(boss: PgBoss, worker: WorkerDeps): Promise<void> {
  const enqueue = enqueuer(boss);
  const { deps, ...rest } = worker;
  for (const job of allJobs()) {
    const run = (j: PgBoss.Job<unknown>) =>
      job.handle(job.payload.parse(j.data), { ...rest, deps, db: deps.db, uow: deps.uow, jobId: j.id, enqueue });
    await boss.work(job.name, workOptions(job, worker), async (batch) => {
      if (batch.length === 1 && batch[0]) return run(batch[0]);
      // Side by side; a job that throws is failed on its own, the others complete.
      const results = await Promise.allSettled(batch.map(run));
      await Promise.all(
        results.map((r, i) => {
          const failed = batch[i];
          if (r.status === 'fulfilled' || !failed) return undefined;
          const message = r.reason instanceof Error ? r.reason.message : String(r.reason);
          return boss.fail(job.name, failed.id, { message });
        }),
      );
    });
  }
}

function workOptions(job: JobDefinition, worker: WorkerDeps): PgBoss.WorkOptions {
  const polling = job.batch?.pollingIntervalSeconds ?? worker.pollingIntervalSeconds;
  return {
    ...(job.batch ? { batchSize: job.batch.size } : {}),
    ...(polling ? { pollingIntervalSeconds: polling } : {}),
  };
}
