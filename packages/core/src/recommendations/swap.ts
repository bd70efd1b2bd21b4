import type { Tx } from '@mercato/db';
import { type SQL, sql } from 'drizzle-orm';

interface IndexRow {
  indexname: string;
  indexdef: string;
  primary: boolean;
}

const ident = (name: string) => sql.raw(`"${name}"`);

/**
 * Fills `<table>_next`, a copy of `table`'s columns, with `select` (giving
 * `columns`, in that order), then builds `table`'s indexes on it (named
 * `<index>_next`) and analyzes it. Bulk load first and index after: much
 * cheaper than maintaining the indexes row by row.
 */
export async function buildNext(tx: Tx, table: string, columns: string, select: SQL): Promise<number> {
  const next = `${table}_next`;
  await tx.execute(sql`CREATE TABLE ${ident(next)} (LIKE ${ident(table)} INCLUDING DEFAULTS)`);
  const inserted = await tx.execute(sql`INSERT INTO ${ident(next)} (${sql.raw(columns)}) ${select}`);
  const indexes = (
    await tx.execute(sql`
      SELECT c.relname AS indexname, pg_get_indexdef(i.indexrelid) AS indexdef, i.indisprimary AS primary
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = ${table}::regclass ORDER BY c.relname`)
  ).rows as unknown as IndexRow[];
  for (const ix of indexes) {
    const on = ` ON public.${table} `;
    if (!ix.indexdef.includes(on)) throw new Error(`unexpected index definition: ${ix.indexdef}`);
    const def = ix.indexdef
      .replace(` INDEX ${ix.indexname} `, ` INDEX ${ix.indexname}_next `)
      .replace(on, ` ON public.${next} `);
    await tx.execute(sql.raw(def));
    if (ix.primary) await tx.execute(sql.raw(`ALTER TABLE ${next} ADD PRIMARY KEY USING INDEX ${ix.indexname}_next`));
  }
  await tx.execute(sql.raw(`ANALYZE ${next}`));
  return inserted.rowCount ?? 0;
}

/**
 * Puts every `<table>_next` in place of its table, with the indexes' own
 * names, in one short step: the only moment readers wait (for the catalog
 * change, not for the rebuild). It waits at most `lockTimeoutMs` for the
 * readers under way, and tries again rather than queue new readers behind
 * a long wait.
 */
export async function swapIn(tx: Tx, tables: string[], lockTimeoutMs = 200, attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await tx.transaction(async (sp) => {
        await sp.execute(sql.raw(`SET LOCAL lock_timeout = '${lockTimeoutMs}ms'`));
        await sp.execute(sql.raw(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`));
        for (const table of tables) {
          const indexes = (
            await sp.execute(sql`
              SELECT c.relname AS indexname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = ${`${table}_next`}::regclass`)
          ).rows as unknown as { indexname: string }[];
          await sp.execute(sql.raw(`DROP TABLE ${table}`));
          await sp.execute(sql.raw(`ALTER TABLE ${table}_next RENAME TO ${table}`));
          for (const { indexname } of indexes) {
            await sp.execute(sql.raw(`ALTER INDEX ${indexname} RENAME TO ${indexname.replace(/_next$/, '')}`));
          }
        }
      });
      return;
    } catch (error) {
      // 55P03: lock_not_available (the lock timeout); anything else is a real fault.
      const code =
        (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
      if (code !== '55P03' || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}
