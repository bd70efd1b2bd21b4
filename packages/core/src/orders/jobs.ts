import { z } from 'zod';
import { defineJob } from '../shared/job';
import { sendOrderNotice } from './notices';
import { refundUnfillable } from './refund';

export const ORDER_NOTICE_KINDS = ['confirmation', 'receipt', 'shipping', 'refund'] as const;
export type OrderNoticeKind = (typeof ORDER_NOTICE_KINDS)[number];

/**
 * One e-mail about an order. Bursts come with every paid order, so the
 * worker takes many at a time; the sent-log makes a repeat send nothing.
 */
export const orderNoticeJob = defineJob({
  name: 'order-notice',
  payload: z.object({ orderId: z.string(), kind: z.enum(ORDER_NOTICE_KINDS) }),
  batch: { size: 100, pollingIntervalSeconds: 0.5 },
  async handle(data, ctx) {
    const result = await sendOrderNotice(
      ctx.db,
      ctx.mailer,
      { ...data, storefrontUrl: ctx.storefrontUrl },
      ctx.deps.now,
    );
    ctx.log('order notice', { ...data, result, jobId: ctx.jobId });
  },
});

/** Pays back a payment that arrived for an order that could no longer be filled; retried while the provider fails. */
export const paymentRefundJob = defineJob({
  name: 'payment-refund',
  payload: z.object({ orderId: z.string(), reason: z.string() }),
  async handle(data, ctx) {
    await refundUnfillable(ctx.deps, data.orderId);
    ctx.log('unfillable payment refunded', { ...data, jobId: ctx.jobId });
  },
});
