import { type Tx, users } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import type { Role } from './roles';
import { toUser, type User } from './user';

export async function findUser(db: Tx, id: string): Promise<User | null> {
  if (!isId(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

/**
 * The account's role as it is now, null when the account no longer exists or
 * is deactivated: what every authenticated call goes by (one primary-key read).
 */
export async function currentRole(db: Tx, id: string): Promise<Role | null> {
  if (!isId(id)) return null;
  const [row] = await db.select({ role: users.role, isActive: users.isActive }).from(users).where(eq(users.id, id));
  return row?.isActive ? row.role : null;
}

export async function getUser(db: Tx, id: string): Promise<User> {
  const user = await findUser(db, id);
  if (!user) throw notFound('User');
  return user;
}

export async function listUsers(
  db: Tx,
  input: { limit: number; cursor?: string | null; role?: Role },
): Promise<Page<User>> {
  return keysetPage(
    newestFirst(users.createdAt, users.id),
    input,
    (after) =>
      db
        .select()
        .from(users)
        .where(and(input.role ? eq(users.role, input.role) : undefined, after)),
    toUser,
    (r) => [r.createdAt, r.id],
  );
}
