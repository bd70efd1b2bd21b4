import { type Db, users } from '@mercato/db';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { welcomeEmail } from '../mail/templates';
import type { Mailer } from '../mail/transport';
import { purgeStaleRows } from './maintenance';
import { type JobPayloads, QUEUES } from './queues';

export interface WorkerDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  log: (msg: string, fields?: Record<string, unknown>) => void;
  /** How often an idle worker looks for jobs (pg-boss' default, 2 s, when unset). */
  pollingIntervalSeconds?: number;
}

/**
 * Registers the handlers. pg-boss retries a job whose handler throws, so each
 * handler must be safe to run again; the pg-boss job id is the message id, so
 * a retried message carries the same Message-ID.
 */
export async function startWorker(boss: PgBoss, deps: WorkerDeps): Promise<void> {
  const options = deps.pollingIntervalSeconds ? { pollingIntervalSeconds: deps.pollingIntervalSeconds } : {};
  await boss.work<JobPayloads['mail-welcome']>(QUEUES.welcomeEmail, options, async (jobs) => {
    for (const job of jobs) {
      const [user] = await deps.db.select().from(users).where(eq(users.id, job.data.userId));
      if (!user) continue;
      await deps.mailer.send(welcomeEmail(user, deps.publicUrl), { messageId: `<${job.id}@mercato>` });
      deps.log('welcome e-mail sent', { userId: user.id, jobId: job.id });
    }
  });
  await boss.work(QUEUES.maintenance, options, async () => {
    deps.log('stale rows purged', await purgeStaleRows(deps.db));
  });
}
