import type { Tx } from '@mercato/db';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { lockAdmins, lockUser, updateUser } from '../users/accounts';
import type { Role } from '../users/roles';
import { toUser, type User } from '../users/user';
import { revokeAllForUser } from './service';

const ROLE_RANK: Record<Role, number> = { customer: 0, seller: 1, admin: 2 };

/**
 * Changes a user's role. Role checks read the account's current role, so the
 * change takes effect at once; on a demotion every refresh family of the user
 * is revoked too. Ids compare canonically (a UUID in any case is the same
 * account). The admins' rows are locked first, so changes that touch admins
 * run one at a time: the actor must still be an admin when the change runs
 * (two admins demoting each other at once: the second finds it is no longer
 * one), and the last admin is never demoted.
 */
export async function changeRole(
  db: Tx,
  input: { actorId: string; userId: string; role: Role },
  now: Date = new Date(),
): Promise<User> {
  if (!isId(input.userId)) throw notFound('User');
  const userId = input.userId.toLowerCase();
  const actorId = input.actorId.toLowerCase();
  if (userId === actorId) throw new AppError('CONFLICT', 'Admins cannot change their own role');
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    if (!admins.includes(actorId)) throw new AppError('FORBIDDEN', 'Requires role admin');
    const before = await lockUser(tx, userId);
    if (!before) throw notFound('User');
    if (before.role === 'admin' && input.role !== 'admin' && admins.length <= 1) {
      throw new AppError('CONFLICT', 'The last admin cannot be demoted');
    }
    const after = await updateUser(tx, userId, { role: input.role, updatedAt: now });
    if (!after) throw notFound('User');
    if (ROLE_RANK[input.role] < ROLE_RANK[before.role]) await revokeAllForUser(tx, userId, now);
    return toUser(after);
  });
}
