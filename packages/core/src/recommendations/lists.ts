import type { Db, Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { LOCK_KEY } from './model';
import { runNamed } from './prepared';
import { listBuildQuery } from './suggest-list';

/** Users per transaction of a full pass: how long an incremental job may wait behind one (a few ms each). */
const BATCH = 25;
const PAGE = 500;
/** Connections building side by side: the pass is PostgreSQL's work, spread over two of its cores. */
const WORKERS = 2;

/** Writes one user's list from the model as it is in `db` (inside the incremental job's transaction, say). */
export async function buildUserList(db: Tx, userId: string): Promise<void> {
  await runNamed(db, 'rec_list_build', listBuildQuery, { user: userId, withCart: false });
}

/**
 * A fresh list for every user with interests, after a rebuild; lists of
 * users who no longer have any are removed at the end. Reads go on meanwhile,
 * from each user's previous list until theirs is replaced. Each batch holds
 * the model's lock shared: an incremental job (which holds it alone) never
 * has its buyer's new list overwritten by one computed before it committed.
 */
export async function buildAllLists(db: Db): Promise<{ users: number; ms: number }> {
  const started = performance.now();
  const since = (await db.execute(sql`SELECT statement_timestamp() AS at`)).rows[0]?.at as Date;
  let users = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = (
      await db.execute(sql`
        SELECT DISTINCT user_id FROM rec_user_items WHERE user_id > ${after}::uuid ORDER BY user_id LIMIT ${PAGE}`)
    ).rows.map((r) => String(r.user_id));
    const batches = Array.from({ length: Math.ceil(page.length / BATCH) }, (_, i) =>
      page.slice(i * BATCH, (i + 1) * BATCH),
    );
    const worker = async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        const ids = batch;
        await db.transaction(async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock_shared(${LOCK_KEY})`);
          for (const id of ids) await buildUserList(tx, id);
        });
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    users += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1] as string;
  }
  await db.execute(sql`DELETE FROM rec_user_lists WHERE built_at < ${since}`);
  return { users, ms: Math.round(performance.now() - started) };
}
