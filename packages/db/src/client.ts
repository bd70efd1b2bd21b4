import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;
/** A database handle or a transaction: core functions accept either so they compose. */
export type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DbOptions {
  max?: number;
  applicationName?: string;
  /** How long a query waits for a free connection before it fails (isPoolTimeout). */
  connectionTimeoutMillis?: number;
}

export function createDb(url: string, opts: DbOptions = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'mercato',
    // A burst on one hot row (200 checkouts of one product) is served one transaction at a time:
    // at 5 s the tail of such a burst failed on a slow machine.
    connectionTimeoutMillis: opts.connectionTimeoutMillis ?? 30_000,
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}

export function drizzleOn(client: pg.PoolClient): Db {
  return drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
}

/** pg-pool's own message when no connection came free in time (it sets no code). */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';

/**
 * Whether an error (or one it wraps: Drizzle's query errors, tRPC's) is the
 * pool's wait for a free connection running out: the database is busy, not
 * broken, and the request may be retried.
 */
export function isPoolTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.message === POOL_TIMEOUT) return true;
  }
  return false;
}
