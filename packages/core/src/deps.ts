import type { Db } from '@mercato/db';
import type { AuthConfig } from './auth/config';
import type { PaymentGateway } from './payments/gateway';
import type { UnitOfWork } from './shared/job';

export interface CheckoutConfig {
  /** How long a checkout holds its stock, and when its provider session expires. */
  holdTtlSeconds: number;
  /** Open checkouts (stock holds) per client address; 0 = no limit. */
  holdsPerIp: number;
  /** The most units of one product in one cart line or order. */
  maxLineQuantity: number;
}

export interface CoreConfig {
  auth: AuthConfig;
  currency: string;
  checkout: CheckoutConfig;
}

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFn = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

/** Everything a request or a job needs, passed in rather than imported, so tests build their own. */
export interface Deps {
  db: Db;
  /** A transaction whose enqueued jobs commit with it. */
  uow: UnitOfWork;
  config: CoreConfig;
  payments: PaymentGateway;
  log: LogFn;
  now: () => Date;
}
