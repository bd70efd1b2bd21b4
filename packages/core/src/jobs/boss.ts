import PgBoss from 'pg-boss';
import { QUEUES, RETRY_POLICY, SCHEDULES } from './queues';

/** pg-boss on our own PostgreSQL, in its own schema, with every queue created. */
export async function startJobQueue(url: string, opts: { supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4, supervise: opts.supervise ?? true });
  boss.on('error', () => {
    // pg-boss reports background maintenance errors here; they are retried by pg-boss itself.
  });
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { name, ...RETRY_POLICY });
  }
  for (const [name, cron] of Object.entries(SCHEDULES)) {
    await boss.schedule(name, cron);
  }
  return boss;
}
