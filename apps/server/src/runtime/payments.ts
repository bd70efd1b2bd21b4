import { createSimulatorGateway, type PaymentGateway } from '@mercato/core';
import type { Db } from '@mercato/db';
import type { Env } from '../env';
import { publicUrl } from './config';

/** The payment provider the environment chose (env.ts has checked its settings). */
export function createPayments(env: Env, db: Db): PaymentGateway {
  return createSimulatorGateway({ db, publicUrl: publicUrl(env, env.PORT) });
}
