import type { Tx } from '@mercato/db';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { lockAdmins, lockUser, updateUser } from '../users/accounts';
import { toUser, type User } from '../users/user';
import { revokeAllForUser } from './service';

/**
 * Deactivates or reactivates an account (admin). A deactivated account cannot
 * log in or refresh (every refresh token of it is revoked here), and since
 * every authenticated call reads the account, its access tokens stop working
 * at once. As with role changes, the admins' rows are locked first: the actor
 * must still be an active admin, an admin cannot deactivate themselves, and
 * the last active admin is never deactivated.
 */
export async function setActive(
  db: Tx,
  input: { actorId: string; userId: string; isActive: boolean },
  now: Date = new Date(),
): Promise<User> {
  if (!isId(input.userId)) throw notFound('User');
  const userId = input.userId.toLowerCase();
  const actorId = input.actorId.toLowerCase();
  if (userId === actorId && !input.isActive) throw new AppError('CONFLICT', 'Admins cannot deactivate themselves');
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    if (!admins.includes(actorId)) throw new AppError('FORBIDDEN', 'Requires role admin');
    const before = await lockUser(tx, userId);
    if (!before) throw notFound('User');
    if (!input.isActive && before.isActive && before.role === 'admin' && admins.length <= 1) {
      throw new AppError('CONFLICT', 'The last active admin cannot be deactivated');
    }
    const after = await updateUser(tx, userId, { isActive: input.isActive, updatedAt: now });
    if (!after) throw notFound('User');
    if (!input.isActive) await revokeAllForUser(tx, userId, now);
    return toUser(after);
  });
}
