/** Every queue the system uses; each is created at start-up (pg-boss drops sends to unknown queues). */
export const QUEUES = {
  welcomeEmail: 'mail-welcome',
  maintenance: 'maintenance',
  orderNotice: 'order-notice',
  paymentRefund: 'payment-refund',
  checkoutSweep: 'checkout-sweep',
} as const;

/** Cron schedules (UTC); pg-boss keeps them in the database, so every process may set them. */
export const SCHEDULES: Partial<Record<QueueName, string>> = {
  [QUEUES.maintenance]: '*/10 * * * *',
  [QUEUES.checkoutSweep]: '* * * * *',
};

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  'mail-welcome': { userId: string };
  maintenance: Record<string, never>;
  'order-notice': { orderId: string; kind: OrderNoticeKind };
  'payment-refund': { orderId: string; reason: string };
  'checkout-sweep': Record<string, never>;
}

export type OrderNoticeKind = 'confirmation' | 'receipt' | 'shipping' | 'refund';

/** Retries with exponential backoff: 5 attempts starting 10 s apart. */
export const RETRY_POLICY = { retryLimit: 5, retryDelay: 10, retryBackoff: true } as const;
