import type { Db } from '@mercato/db';
import type { AuthConfig } from './auth/config';

export interface CoreConfig {
  auth: AuthConfig;
  currency: string;
}

/** Everything a request or a job needs, passed in rather than imported, so tests build their own. */
export interface Deps {
  db: Db;
  config: CoreConfig;
  now: () => Date;
}
