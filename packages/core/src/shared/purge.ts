import type { Tx } from '@mercato/db';
import { lt } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Deletes the rows of `table` whose `column` is before `before`, for the maintenance job; answers how many. */
export async function deleteBefore(db: Tx, table: PgTable, column: AnyPgColumn, before: Date): Promise<number> {
  const result = await db.delete(table).where(lt(column, before));
  return result.rowCount ?? 0;
}
