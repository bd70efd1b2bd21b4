import { jobs } from '@mercato/core';
import { z } from 'zod';
import { pageInput, pageOf } from '../schemas/common';
import { text } from '../schemas/text';
import { adminProcedure, router } from '../trpc';

const failedJobOutput = z
  .object({
    id: z.string(),
    queue: z.string().describe('e.g. order-notice, payment-refund, mail-welcome'),
    data: z.unknown().describe('The job payload'),
    error: z.string().nullable().describe('What the last attempt threw'),
    retryCount: z.number().int(),
    createdAt: z.string(),
    failedAt: z.string().nullable(),
  })
  .meta({ id: 'FailedJob' });

export const jobsRouter = router({
  failed: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/admin/jobs/failed',
        tags: ['admin'],
        summary: 'Background jobs that used up their retries, newest first (admin)',
        description: 'Order e-mails, refunds of late payments and the other jobs retry with backoff; these gave up.',
        errorResponses: {
          400: 'Invalid input or cursor',
          401: 'Missing or invalid access token',
          403: 'Not an admin',
        },
      },
    })
    .input(z.object({ ...pageInput, queue: text(1, 100).optional() }))
    .output(pageOf(failedJobOutput))
    .query(({ ctx, input }) => jobs.listFailedJobs(ctx.db, input)),
});
