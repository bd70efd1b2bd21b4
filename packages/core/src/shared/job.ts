import type { Db } from '@mercato/db';
import type { z } from 'zod';
import type { Deps } from '../deps';
import type { Mailer } from '../mail/transport';

/**
 * A job, defined once beside the domain that owns it:
 *
 *   export const orderConfirmationJob = defineJob({
 *     name: 'mail-order-confirmation',          // the pg-boss queue
 *     payload: z.object({ orderId: z.uuid() }), // checked on enqueue and again on handling
 *     retry: { retryLimit: 5, retryDelay: 10, retryBackoff: true }, // optional, DEFAULT_RETRY otherwise
 *     cron: '0 3 * * *',                        // optional: a schedule (UTC)
 *     batch: { size: 20, pollingIntervalSeconds: 0.5 }, // optional: for bursts
 *     async handle({ orderId }, ctx) { ... },   // idempotent: pg-boss retries
 *   });
 *
 * then listed in `JOBS` (jobs/registry.ts): the queue is created at start-up,
 * the worker handles it, and `enqueue(orderConfirmationJob, data)` accepts it.
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  /** The pg-boss queue name; unique. */
  name: string;
  payload: S;
  retry?: RetryPolicy;
  /** A cron schedule (UTC). pg-boss keeps schedules in the database, so every process may set them. */
  cron?: string;
  /**
   * Fetch up to `size` jobs at once and run them side by side (a job that
   * throws is failed alone and retried); without it, one job per fetch.
   */
  batch?: { size: number; pollingIntervalSeconds?: number };
  /** How long one attempt may run before pg-boss fails it (its default: 15 minutes). */
  expireInSeconds?: number;
  handle(data: z.output<S>, ctx: JobContext): Promise<void>;
}

/** pg-boss retry options: `retryDelay` seconds between attempts, doubling when `retryBackoff`. */
export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

/** Retries with exponential backoff: 5 attempts starting 10 s apart. */
export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 5, retryDelay: 10, retryBackoff: true };

export type JobLog = (msg: string, fields?: Record<string, unknown>) => void;

/** Runs `fn` in one transaction whose enqueued jobs commit (or vanish) with it. */
export type UnitOfWork = <T>(fn: (tx: Db, enqueue: Enqueue) => Promise<T>) => Promise<T>;

/** Adds a job; its payload is validated against the job's schema first. */
export type Enqueue = <S extends z.ZodType>(
  job: JobDefinition<S>,
  data: z.input<S>,
  options?: { singletonKey?: string },
) => Promise<void>;

/** What a handler may use. */
export interface JobContext {
  /** The domain's dependencies (config, clock, ...), for jobs that call domain functions taking Deps. */
  deps: Deps;
  db: Db;
  /** A transaction whose follow-up jobs commit with it. */
  uow: UnitOfWork;
  mailer: Mailer;
  /** The storefront's base URL (STOREFRONT_URL), for links in e-mails; null: e-mails carry no links. */
  storefrontUrl: string | null;
  log: JobLog;
  /** The pg-boss job id: the same on every retry (mail derives its Message-ID from it). */
  jobId: string;
  /** Enqueues a follow-up job at once, outside any transaction. */
  enqueue: Enqueue;
}

export const defineJob = <S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> => job;
