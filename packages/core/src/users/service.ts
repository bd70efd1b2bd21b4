import { refreshTokens, type Tx, users } from '@mercato/db';
import { and, eq, sql } from 'drizzle-orm';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import { preparedOn } from '../shared/prepared';
import type { Role } from './roles';
import { toUser, type User } from './user';

export async function findUser(db: Tx, id: string): Promise<User | null> {
  if (!isId(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

/**
 * The account's role as it is now, null when the account no longer exists or
 * is deactivated, or when the login `sid` (a refresh-token family) has ended
 * (logout, or a replayed refresh token): what every authenticated call goes
 * by, in one prepared read (the account by primary key, the login by a partial
 * index of unretired tokens). A token without `sid` is not tied to a login.
 */
export async function currentRole(db: Tx, id: string, sid?: string): Promise<Role | null> {
  if (!isId(id) || (sid !== undefined && !isId(sid))) return null;
  const query = preparedOn(db, 'user_current_role', (d) =>
    d
      .select({
        role: users.role,
        isActive: users.isActive,
        loginLive: sql<boolean>`(${sql.placeholder('sid')}::uuid IS NULL OR EXISTS (
          SELECT 1 FROM ${refreshTokens} WHERE ${refreshTokens.familyId} = ${sql.placeholder('sid')}::uuid
            AND ${refreshTokens.usedAt} IS NULL))`,
      })
      .from(users)
      .where(eq(users.id, sql.placeholder('id')))
      .prepare('user_current_role'),
  );
  const [row] = await query.execute({ id, sid: sid ?? null });
  return row?.isActive && row.loginLive ? row.role : null;
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
