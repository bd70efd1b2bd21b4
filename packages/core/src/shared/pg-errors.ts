/** The PostgreSQL error behind `err` (drizzle wraps the driver's error in `cause`). */
function pgErrorOf(err: unknown): { code?: string; constraint?: string } | undefined {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } } | null;
  return e?.code ? e : e?.cause;
}

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/** The constraint a unique violation hit ('' when unnamed), else null. */
export function uniqueViolationOf(err: unknown): string | null {
  const pg = pgErrorOf(err);
  return pg?.code === UNIQUE_VIOLATION ? (pg.constraint ?? '') : null;
}

export const isUniqueViolation = (err: unknown): boolean => uniqueViolationOf(err) !== null;

export function isForeignKeyViolation(err: unknown, constraint: string): boolean {
  const pg = pgErrorOf(err);
  return pg?.code === FOREIGN_KEY_VIOLATION && pg.constraint === constraint;
}
