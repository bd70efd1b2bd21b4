import { type Tx, users } from '@mercato/db';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Role } from '../auth/roles';
import { revokeAllForUser } from '../auth/service';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { decodeCursor, isCursorTimestamp, type Page, toPage } from '../shared/pagination';
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
  const where: SQL[] = [];
  if (input.role) where.push(eq(users.role, input.role));
  if (input.cursor) {
    const [createdAt, id] = decodeCursor(input.cursor, 2);
    if (!isCursorTimestamp(createdAt) || !isId(String(id))) throw new AppError('BAD_REQUEST', 'Invalid cursor');
    const at = new Date(createdAt);
    const after = or(lt(users.createdAt, at), and(eq(users.createdAt, at), lt(users.id, String(id))));
    if (after) where.push(after);
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toUser, (r) => [r.createdAt.toISOString(), r.id]);
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
