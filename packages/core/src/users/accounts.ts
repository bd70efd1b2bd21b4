import { type Tx, type UserRow, users } from '@mercato/db';
import { eq, sql } from 'drizzle-orm';
import { normalizeEmail } from './user';

/**
 * The users table for auth, which owns credentials but not the table: rows
 * with their password hash, never answered as such (map them with toUser).
 */
export type NewUser = Pick<UserRow, 'email' | 'name' | 'role' | 'passwordHash'> & { createdAt?: Date };

/** Inserts an account (e-mail normalized); a taken e-mail raises the unique violation, or answers null with `ifAbsent`. */
export async function insertUser(db: Tx, values: NewUser, opts: { ifAbsent?: boolean } = {}): Promise<UserRow | null> {
  const insert = db
    .insert(users)
    .values({ ...values, email: normalizeEmail(values.email) })
    .returning();
  const [row] = opts.ifAbsent ? await insert.onConflictDoNothing() : await insert;
  return row ?? null;
}

/** The account of an e-mail address, whatever its case. */
export async function findUserByEmail(db: Tx, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)));
  return row ?? null;
}

/** The account, locked until the transaction ends. */
export async function lockUser(db: Tx, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row ?? null;
}

/**
 * The ids of every active admin. Every admin row (active or not) is locked, in
 * id order, until the transaction ends, so changes that touch admins run one
 * at a time.
 */
export async function lockAdmins(db: Tx): Promise<string[]> {
  const rows = await db
    .select({ id: users.id, isActive: users.isActive })
    .from(users)
    .where(eq(users.role, 'admin'))
    .orderBy(users.id)
    .for('update');
  return rows.filter((r) => r.isActive).map((r) => r.id);
}

export async function updateUser(
  db: Tx,
  id: string,
  set: Partial<Pick<UserRow, 'role' | 'passwordHash' | 'name' | 'isActive'>> & { updatedAt: Date },
): Promise<UserRow | null> {
  const [row] = await db.update(users).set(set).where(eq(users.id, id)).returning();
  return row ?? null;
}
