import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, migrate, startEmbeddedPostgres } from '@mercato/db';

export interface ScratchDatabase {
  /** URL of the scratch database (migrated when asked). */
  url: string;
  /** "embedded PostgreSQL 18.x" or "PostgreSQL at DATABASE_URL 17.x". */
  label: string;
  close(): Promise<void>;
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function postgresServer(): Promise<{ url: string; stop(): Promise<void>; label: string }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, label: 'PostgreSQL at DATABASE_URL' };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'mercato-bench-pg-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, 'data'), { persistent: false });
  return {
    url: pg.url,
    label: 'embedded PostgreSQL',
    stop: async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throwaway database: on the server of DATABASE_URL when set (dropped at
 * close), else on an embedded PostgreSQL that is stopped and deleted at close.
 */
export async function openScratchDatabase(prefix: string, opts: { migrate?: boolean } = {}): Promise<ScratchDatabase> {
  const server = await postgresServer();
  const name = `mercato_bench_${prefix}_${Date.now().toString(36)}`;
  const admin = createDb(server.url, { max: 1 });
  await admin.pool.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(server.url, name);
  if (opts.migrate) await migrate(url);
  const version = (await admin.pool.query('SHOW server_version')).rows[0].server_version as string;
  return {
    url,
    label: `${server.label} ${version}`,
    close: async () => {
      await admin.pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await admin.close();
      await server.stop();
    },
  };
}

/** A Markdown table with a header row. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export const perSecond = (n: number, ms: number) => (ms > 0 ? (n / ms) * 1000 : 0);
