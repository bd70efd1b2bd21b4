import PgBoss from 'pg-boss';
import { DEFAULT_RETRY } from '../shared/job';
import { allJobs } from './registry';

/**
 * pg-boss on our own PostgreSQL, in its own schema, with every registered queue and schedule created.
 * `sendOnly`: a process that only enqueues (an API process of a cluster, whose primary has already
 * created the schema, queues and schedules and runs maintenance): none of that again.
 */
export async function startJobQueue(
  url: string,
  opts: { supervise?: boolean; sendOnly?: boolean } = {},
): Promise<PgBoss> {
  const sendOnly = opts.sendOnly ?? false;
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    max: sendOnly ? 2 : 4,
    supervise: !sendOnly && (opts.supervise ?? true),
    ...(sendOnly ? { schedule: false, migrate: false } : {}),
  });
  boss.on('error', () => {
    // pg-boss reports background maintenance errors here; they are retried by pg-boss itself.
  });
  await boss.start();
  if (sendOnly) return boss;
  for (const job of allJobs()) {
    // pg-boss drops sends to a queue that does not exist: every queue is created before anything runs.
    await boss.createQueue(job.name, {
      name: job.name,
      ...(job.retry ?? DEFAULT_RETRY),
      ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
    });
    if (job.cron) await boss.schedule(job.name, job.cron);
  }
  return boss;
}
