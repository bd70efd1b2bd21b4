import { welcomeEmailJob } from '../auth/jobs';
import { checkoutSweepJob } from '../checkout/jobs';
import { orderNoticeJob, paymentRefundJob } from '../orders/jobs';
import { recommendationsListsJob, recommendationsRebuildJob, recommendationsUpdateJob } from '../recommendations/jobs';
import type { JobDefinition } from '../shared/job';
import { maintenanceJob } from './maintenance';

/**
 * Every job of the system. Queue creation (startJobQueue), the worker
 * (startWorker) and enqueueing (the unit of work) all read this list, so a
 * job missing here can be neither sent nor handled. A domain adds its jobs
 * from its own `jobs.ts`.
 */
export const JOBS = {
  welcomeEmail: welcomeEmailJob,
  maintenance: maintenanceJob,
  orderNotice: orderNoticeJob,
  paymentRefund: paymentRefundJob,
  checkoutSweep: checkoutSweepJob,
  recommendationsUpdate: recommendationsUpdateJob,
  recommendationsRebuild: recommendationsRebuildJob,
  recommendationsLists: recommendationsListsJob,
} satisfies Record<string, JobDefinition>;

/** The queue name of every job, by its key in JOBS. */
export const QUEUES = Object.fromEntries(Object.entries(JOBS).map(([key, job]) => [key, job.name])) as {
  [K in keyof typeof JOBS]: string;
};

const byName = new Map<string, JobDefinition>(Object.values(JOBS).map((job) => [job.name, job as JobDefinition]));

export const allJobs = (): JobDefinition[] => [...byName.values()];

/** Whether `job` is the registered definition of its queue. */
export const isRegistered = (job: JobDefinition): boolean => byName.get(job.name) === job;
