export type { UnitOfWork } from '../shared/job';
export {
  DEFAULT_RETRY,
  defineJob,
  type Enqueue,
  type JobContext,
  type JobDefinition,
  type JobLog,
  type RetryPolicy,
} from '../shared/job';
export { startJobQueue } from './boss';
export { type FailedJob, listFailedJobs } from './failed';
export { maintenanceJob, purgeStaleRows } from './maintenance';
export { JOBS, QUEUES } from './registry';
export { createUnitOfWork } from './unit-of-work';
export { startWorker, type WorkerDeps } from './worker';
