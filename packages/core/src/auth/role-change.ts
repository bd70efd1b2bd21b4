import type { Tx } from '@mercato/db';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { lockUser, updateUser } from '../users/accounts';
import type { Role } from '../users/roles';
import { toUser, type User } from '../users/user';
import { revokeAllForUser } from './service';

const ROLE_RANK: Record<Role, number> = { customer: 0, seller: 1, admin: 2 };

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
    const before = await lockUser(tx, input.userId);
    if (!before) throw notFound('User');
    const after = await updateUser(tx, input.userId, { role: input.role, updatedAt: now });
    if (!after) throw notFound('User');
    if (ROLE_RANK[input.role] < ROLE_RANK[before.role]) await revokeAllForUser(tx, input.userId, now);
    return toUser(after);
  });
}
