import type { Tx } from '@mercato/db';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const dialect = new PgDialect();

/**
 * Runs `query` as a named prepared statement: PostgreSQL parses and plans it
 * once per connection (a generic plan after a few runs) instead of on every
 * call, which was half of the suggestion query's time. The text must not
 * depend on the values (every value a parameter), or the name would stand
 * for two statements.
 */
export async function runNamed<T>(db: Tx, name: string, query: SQL): Promise<T[]> {
  const { sql, params } = dialect.sqlToQuery(query);
  const prepared = db._.session.prepareQuery({ sql, params }, undefined, name, false);
  const result = (await prepared.execute()) as { rows: T[] };
  return result.rows;
}
