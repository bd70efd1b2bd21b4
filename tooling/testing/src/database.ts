import { randomBytes } from 'node:crypto';
import { createDb, type Database, type DbOptions } from '@mercato/db';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from './pg-url';

export interface TestDatabase extends Database {
  url: string;
  name: string;
}

/** A fresh, migrated database of this test file's own, cloned from the run's template (pool options may be set). */
export async function createTestDatabase(pool: DbOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  const name = `${template}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  return { ...createDb(url, { max: 20, ...pool }), url, name };
}

/** An empty database (not migrated) named after the run's template, so the run's teardown drops it. */
export async function createEmptyDatabase(): Promise<{ url: string; name: string }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `${inject('pgTemplate')}_empty_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return { url: withDatabase(adminUrl, name), name };
}

/** The run's PostgreSQL server as its superuser (to create, alter or cut databases in tests). */
export const pgAdminUrl = (): string => inject('pgAdminUrl');
