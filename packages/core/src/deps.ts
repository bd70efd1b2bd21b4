import type { Db } from '@mercato/db';
import type { AuthConfig } from './auth/config';
import type { UnitOfWork } from './shared/job';

export interface CoreConfig {
  auth: AuthConfig;
  currency: string;
}

/** Everything a request or a job needs, passed in rather than imported, so tests build their own. */
export interface Deps {
  db: Db;
  /** A transaction whose enqueued jobs commit with it. */
  uow: UnitOfWork;
  config: CoreConfig;
  now: () => Date;
}
