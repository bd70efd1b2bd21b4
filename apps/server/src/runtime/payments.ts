import { payments } from '@mercato/core';
import type { Db } from '@mercato/db';
import type { Env } from '../env';
import { publicUrl } from './config';

/** The payment provider the environment chose (env.ts has checked its settings). */
export function createPayments(env: Env, db: Db): payments.PaymentGateway {
  if (env.PAYMENTS_PROVIDER === 'stripe' && env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET) {
    return payments.createStripeGateway({
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      apiBase: env.STRIPE_API_BASE,
    });
  }
  return payments.createSimulatorGateway({ db, publicUrl: publicUrl(env, env.PORT) });
}
