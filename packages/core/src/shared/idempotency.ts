import { createHash } from 'node:crypto';
import { idempotencyKeys, type Tx } from '@mercato/db';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { deleteBefore } from './purge';

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** An in-progress claim older than this belonged to a process that died; a retry may take it over. */
const ABANDONED_AFTER_MS = 60 * 1000;

export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; statusCode: number; body: string }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/** JSON with its object keys sorted, so one value has one spelling. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The body as the handler will read it: a JSON body by its value (key order and spaces do not count), else its text. */
function bodyValue(body: string): string {
  try {
    return `json:${canonicalJson(JSON.parse(body))}`;
  } catch {
    return `text:${body}`;
  }
}

export const requestHash = (method: string, path: string, body: string): string =>
  createHash('sha256')
    .update(`${method}\n${path}\n${bodyValue(body)}`)
    .digest('hex');

/**
 * Claims (scope, key) for this request, or says what to answer instead: the
 * stored first answer, "still in progress", or "this key was used for another request".
 */
export async function claimIdempotencyKey(
  db: Tx,
  input: { scope: string; key: string; hash: string },
  now: Date = new Date(),
): Promise<IdempotencyClaim> {
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_MS);
  // Insert, or take over a row that has expired or was abandoned mid-request, in one statement.
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ scope: input.scope, key: input.key, requestHash: input.hash, createdAt: now, expiresAt })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: { requestHash: input.hash, statusCode: null, responseBody: null, createdAt: now, expiresAt },
      setWhere: or(
        lt(idempotencyKeys.expiresAt, now),
        and(
          sql`${idempotencyKeys.statusCode} IS NULL`,
          lt(idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_AFTER_MS)),
          eq(idempotencyKeys.requestHash, input.hash),
        ),
      ),
    })
    .returning({ scope: idempotencyKeys.scope });
  if (claimed.length > 0) return { kind: 'claimed' };

  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, input.scope), eq(idempotencyKeys.key, input.key)));
  if (!row || row.requestHash !== input.hash) return { kind: 'mismatch' };
  if (row.statusCode === null || row.responseBody === null) return { kind: 'in-progress' };
  return { kind: 'replay', statusCode: row.statusCode, body: row.responseBody };
}

export async function completeIdempotencyKey(
  db: Tx,
  input: { scope: string; key: string; statusCode: number; body: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ statusCode: input.statusCode, responseBody: input.body })
    .where(and(eq(idempotencyKeys.scope, input.scope), eq(idempotencyKeys.key, input.key)));
}

/** A request that failed on our side releases its key, so the client's retry runs for real. */
export async function releaseIdempotencyKey(db: Tx, input: { scope: string; key: string }): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, input.scope), eq(idempotencyKeys.key, input.key)));
}

/** Deletes records past their 24 hours (the maintenance job). */
export async function purgeExpiredIdempotencyKeys(db: Tx, now: Date = new Date()): Promise<number> {
  return deleteBefore(db, idempotencyKeys, idempotencyKeys.expiresAt, now);
}
