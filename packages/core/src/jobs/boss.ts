import PgBoss from 'pg-boss';
import { DEFAULT_RETRY } from '../shared/job';
import { allJobs } from './registry';

/** pg-boss on our own PostgreSQL, in its own schema, with every registered queue and schedule created. */
export async function startJobQueue(url: string, opts: { supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4, supervise: opts.supervise ?? true });
  boss.on('error', () => {
    // pg-boss reports background maintenance errors here; they are retried by pg-boss itself.
  });
  await boss.start();
  for (const job of allJobs()) {
    // pg-boss drops sends to a queue that does not exist: every queue is created before anything runs.
    await boss.createQueue(job.name, { name: job.name, ...(job.retry ?? DEFAULT_RETRY) });
    if (job.cron) await boss.schedule(job.name, job.cron);
  }
  return boss;
}
