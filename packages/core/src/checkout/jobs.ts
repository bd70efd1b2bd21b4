import { z } from 'zod';
import { defineJob } from '../shared/job';
import { sweepExpiredHolds } from './sweeper';

/** Every minute: holds past their end that no event closed (see sweepExpiredHolds). */
export const checkoutSweepJob = defineJob({
  name: 'checkout-sweep',
  // Cron sends carry no data (null).
  payload: z.looseObject({}).nullish(),
  cron: '* * * * *',
  async handle(_data, ctx) {
    ctx.log('expired holds swept', { ...(await sweepExpiredHolds(ctx.deps)) });
  },
});
