import { z } from 'zod';
import { defineJob } from '../shared/job';
import { buildAllLists } from './lists';
import { rebuildModel } from './rebuild';
import { updateForOrder } from './update';

/** Enqueued by finalize in the transaction that marks an order paid: refreshes that order's pairs. */
export const recommendationsUpdateJob = defineJob({
  name: 'recommendations-update',
  payload: z.object({ orderId: z.uuid() }),
  async handle({ orderId }, ctx) {
    const started = performance.now();
    const result = await updateForOrder(ctx.db, orderId, ctx.deps.now());
    ctx.log('recommendations updated', { orderId, ...result, ms: Math.round(performance.now() - started) });
  },
});

/** After each rebuild: every user's suggestion list from the new model (minutes for a large shop; reads go on). */
export const recommendationsListsJob = defineJob({
  name: 'recommendations-lists',
  payload: z.looseObject({}).nullish(),
  retry: { retryLimit: 2, retryDelay: 300, retryBackoff: false },
  expireInSeconds: 4 * 3600,
  async handle(_data, ctx) {
    ctx.log('recommendation lists rebuilt', { ...(await buildAllLists(ctx.db)) });
  },
});

/** Nightly at 02:30 UTC: the whole model from the signals (decay moves every weight); the lists follow. */
export const recommendationsRebuildJob = defineJob({
  name: 'recommendations-rebuild',
  payload: z.looseObject({}).nullish(),
  cron: '30 2 * * *',
  retry: { retryLimit: 2, retryDelay: 300, retryBackoff: false },
  async handle(_data, ctx) {
    ctx.log('recommendations rebuilt', { ...(await rebuildModel(ctx.db, ctx.deps.now())) });
    await ctx.enqueue(recommendationsListsJob, null, { singletonKey: 'lists' });
  },
});
