import path from 'node:path';
import { createDb, type Database, migrate, startEmbeddedPostgres } from '@mercato/db';
import pg from 'pg';

export class StartupError extends Error {
  override readonly name = 'StartupError';
}

export interface OpenedDatabase {
  url: string;
  database: Database;
  close(): Promise<void>;
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The configured PostgreSQL (DATABASE_URL), or an embedded one whose cluster
 * lives under dataDir and survives restarts. Migrations are applied either way
 * (unless `migrate: false`).
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  log?: (line: string) => void;
  /** false in the API processes of a cluster: their primary has migrated. */
  migrate?: boolean;
}): Promise<OpenedDatabase> {
  let stopEmbedded = async () => {};
  let url = opts.databaseUrl;
  if (!url) {
    try {
      const embedded = await startEmbeddedPostgres(path.join(opts.dataDir, 'postgres'), { onLog: opts.log });
      stopEmbedded = embedded.stop;
      url = await ensureDatabase(embedded.url, 'mercato');
    } catch (err) {
      await stopEmbedded().catch(() => {});
      throw new StartupError(`Cannot start the embedded PostgreSQL under ${opts.dataDir}: ${(err as Error).message}`);
    }
  }
  const database = createDb(url, { max: opts.poolSize ?? 10 });
  try {
    await database.pool.query('SELECT 1');
    if (opts.migrate !== false) await migrate(url);
  } catch (err) {
    await database.close().catch(() => {});
    await stopEmbedded().catch(() => {});
    const reason = (err as Error).message || (err as { code?: string }).code || String(err);
    throw new StartupError(`Cannot use the database at ${redact(url)}: ${reason}`);
  }
  return {
    url,
    database,
    close: async () => {
      await database.close().catch(() => {});
      await stopEmbedded();
    },
  };
}
