import { type Db, users } from '@mercato/db';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import * as checkout from '../checkout/index';
import type { Deps } from '../deps';
import { welcomeEmail } from '../mail/templates';
import type { Mailer } from '../mail/transport';
import * as orders from '../orders/index';
import { purgeStaleRows } from './maintenance';
import { type JobPayloads, QUEUES } from './queues';

export interface WorkerDeps {
  /** The domain's dependencies, for jobs that move orders and payments. */
  core: Deps;
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
  await boss.work<JobPayloads['order-notice']>(QUEUES.orderNotice, BATCH, async (jobs) => {
    await eachJob(boss, QUEUES.orderNotice, jobs, async (job) => {
      const result = await orders.sendOrderNotice(deps.db, deps.mailer, { ...job.data, shopUrl: deps.publicUrl });
      deps.log('order notice', { ...job.data, result, jobId: job.id });
    });
  });
  await boss.work<JobPayloads['payment-refund']>(QUEUES.paymentRefund, options, async (jobs) => {
    for (const job of jobs) {
      await orders.refundUnfillable(deps.core, job.data.orderId);
      deps.log('unfillable payment refunded', { ...job.data, jobId: job.id });
    }
  });
  await boss.work(QUEUES.checkoutSweep, options, async () => {
    deps.log('expired holds swept', { ...(await checkout.sweepExpiredHolds(deps.core)) });
  });
  await boss.work(QUEUES.maintenance, options, async () => {
    deps.log('stale rows purged', await purgeStaleRows(deps.db));
  });
}

/** Order e-mails come in bursts: take several per fetch and look again soon, rather than one every 2 s. */
const BATCH = { batchSize: 50, pollingIntervalSeconds: 0.5 };

/**
 * Runs a batch's jobs side by side; a job that throws is failed on its own
 * (pg-boss retries it with its backoff) while the others complete.
 */
async function eachJob<T>(
  boss: PgBoss,
  queue: string,
  jobs: PgBoss.Job<T>[],
  run: (job: PgBoss.Job<T>) => Promise<void>,
): Promise<void> {
  const results = await Promise.allSettled(jobs.map(run));
  await Promise.all(
    results.map((r, i) => {
      const job = jobs[i];
      if (r.status === 'fulfilled' || !job) return Promise.resolve();
      const reason = r.reason instanceof Error ? r.reason.message : String(r.reason);
      return boss.fail(queue, job.id, { message: reason });
    }),
  );
}
