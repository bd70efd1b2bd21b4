import type pg from 'pg';
import { type Db, drizzleOn } from './client';

export type ExecuteSql = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * A transaction on a client of our own, so that other libraries (pg-boss) can
 * run their SQL on the very same connection and commit or roll back with us.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (tx: Db, executeSql: ExecuteSql) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(drizzleOn(client), (text, values) => client.query(text, values));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
