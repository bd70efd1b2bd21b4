import { type Tx, users } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import type { Role } from '../auth/roles';
import { revokeAllForUser } from '../auth/service';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import { toUser, type User } from './user';

const ROLE_RANK: Record<Role, number> = { customer: 0, seller: 1, admin: 2 };

export async function findUser(db: Tx, id: string): Promise<User | null> {
  if (!isId(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
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
    (page) =>
      db
        .select()
        .from(users)
        .where(and(input.role ? eq(users.role, input.role) : undefined, page.after))
        .orderBy(...page.orderBy)
        .limit(page.limit),
    toUser,
    (r) => [r.createdAt, r.id],
  );
}

/**
 * Changes a user's role. Access tokens carry the role, so they follow within
 * their lifetime; on a demotion every refresh family of the user is revoked too.
 */
export async function changeRole(
  db: Tx,
  input: { actorId: string; userId: string; role: Role },
  now: Date = new Date(),
): Promise<User> {
  if (!isId(input.userId)) throw notFound('User');
  if (input.userId === input.actorId) throw new AppError('CONFLICT', 'Admins cannot change their own role');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound('User');
    const [after] = await tx
      .update(users)
      .set({ role: input.role, updatedAt: now })
      .where(eq(users.id, input.userId))
      .returning();
    if (!after) throw notFound('User');
    if (ROLE_RANK[input.role] < ROLE_RANK[before.role]) await revokeAllForUser(tx, input.userId, now);
    return toUser(after);
  });
}
