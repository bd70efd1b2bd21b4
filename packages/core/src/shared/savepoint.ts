import type { Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';

/**
 * Runs `fn` inside a savepoint of the caller's transaction: when it throws,
 * only its own work is undone and the error goes on. (Drizzle's nested
 * transaction() would send BEGIN/COMMIT on a unit of work's connection.)
 */
export async function withSavepoint<T>(tx: Tx, name: string, fn: () => Promise<T>): Promise<T> {
  const id = sql.identifier(name);
  await tx.execute(sql`SAVEPOINT ${id}`);
  try {
    const result = await fn();
    await tx.execute(sql`RELEASE SAVEPOINT ${id}`);
    return result;
  } catch (err) {
    await tx.execute(sql`ROLLBACK TO SAVEPOINT ${id}`);
    throw err;
  }
}
