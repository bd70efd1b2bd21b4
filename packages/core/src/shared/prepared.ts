import type { Tx } from '@mercato/db';

const byHandle = new WeakMap<object, Map<string, unknown>>();

/**
 * A hot query built once per database handle and run as a named prepared
 * statement (`build` ends in `.prepare(name)`, its values `sql.placeholder`s):
 * no query building per call, and PostgreSQL parses it once per connection.
 * A transaction is a handle of its own, so inside one this builds once per
 * transaction, as an unprepared query would. Only for fixed-shape queries
 * whose plan does not depend on the values (primary-key reads).
 */
export function preparedOn<T>(db: Tx, name: string, build: (db: Tx) => T): T {
  let queries = byHandle.get(db);
  if (!queries) {
    queries = new Map();
    byHandle.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}

type Executable = { execute(values?: Record<string, unknown>): Promise<unknown> };

/**
 * The rows of a prepared select as pg reads them, without Drizzle's row
 * mapping (a tenth of a product list's CPU: its per-field type checks). Only
 * for selects whose every field is aliased to its key (`sql`…`.as(key)`), so
 * that pg's row objects already have the result's shape and types (integers,
 * floats and text as pg parses them; timestamps as text, Drizzle's driver
 * setting). node-postgres's prepared query reads them with `all()`.
 */
export function plainRows<Q extends Executable>(query: Q, values: Record<string, unknown>): ReturnType<Q['execute']> {
  const raw = query as unknown as { all?(values: Record<string, unknown>): ReturnType<Q['execute']> };
  if (typeof raw.all !== 'function') throw new Error('plainRows needs a node-postgres prepared query');
  return raw.all(values);
}
