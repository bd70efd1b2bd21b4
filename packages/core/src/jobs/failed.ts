import type { Db } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../shared/errors';
import { isId } from '../shared/ids';
import { decodeCursor, isCursorTimestamp, type Page, toPage } from '../shared/pagination';

export interface FailedJob {
  id: string;
  queue: string;
  data: unknown;
  /** What the last attempt threw. */
  error: string | null;
  retryCount: number;
  createdAt: string;
  failedAt: string | null;
}

interface Row extends Record<string, unknown> {
  id: string;
  name: string;
  data: unknown;
  output: { message?: string } | null;
  retry_count: number;
  created_on: Date;
  completed_on: Date | null;
}

/**
 * Jobs that used up their retries (pg-boss state `failed`), newest first:
 * what an operator looks at when an e-mail or a refund did not go out.
 */
export async function listFailedJobs(
  db: Db,
  input: { limit: number; cursor?: string | null; queue?: string },
): Promise<Page<FailedJob>> {
  let after = sql``;
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, 2);
    if (!isCursorTimestamp(at) || typeof id !== 'string' || !isId(id))
      throw new AppError('BAD_REQUEST', 'Invalid cursor');
    after = sql`AND (created_on, id) < (${at}::timestamptz, ${id}::uuid)`;
  }
  const queue = input.queue ? sql`AND name = ${input.queue}` : sql``;
  const result = await db.execute<Row>(sql`
    SELECT id::text AS id, name, data, output, retry_count, created_on, completed_on
      FROM pgboss.job
     WHERE state = 'failed' ${queue} ${after}
     ORDER BY created_on DESC, id DESC
     LIMIT ${input.limit + 1}`);
  return toPage(
    result.rows,
    input.limit,
    (r) => ({
      id: r.id,
      queue: r.name,
      data: r.data,
      error: r.output?.message ?? null,
      retryCount: r.retry_count,
      createdAt: new Date(r.created_on).toISOString(),
      failedAt: r.completed_on ? new Date(r.completed_on).toISOString() : null,
    }),
    (r) => [new Date(r.created_on).toISOString(), r.id],
  );
}
