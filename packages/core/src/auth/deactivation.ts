import type { Tx } from '@mercato/db';
import { AppError, notFound } from '../shared/errors';
import { updateUser } from '../users/accounts';
import { toUser, type User } from '../users/user';
import { adminChange } from './admin-change';
import { revokeAllForUser } from './service';

/**
 * Deactivates or reactivates an account (admin). A deactivated account cannot
 * log in or refresh (every refresh token of it is revoked here), and since
 * every authenticated call reads the account, its access tokens stop working
 * at once. An admin cannot deactivate themselves, and the last active admin is
 * never deactivated.
 */
export function setActive(
  db: Tx,
  input: { actorId: string; userId: string; isActive: boolean },
  now: Date = new Date(),
): Promise<User> {
  const selfRefusal = input.isActive ? undefined : 'Admins cannot deactivate themselves';
  return adminChange(db, { ...input, selfRefusal }, async (tx, before, admins) => {
    if (!input.isActive && before.isActive && before.role === 'admin' && admins.length <= 1) {
      throw new AppError('CONFLICT', 'The last active admin cannot be deactivated');
    }
    const after = await updateUser(tx, before.id, { isActive: input.isActive, updatedAt: now });
    if (!after) throw notFound('User');
    if (!input.isActive) await revokeAllForUser(tx, before.id, now);
    return toUser(after);
  });
}
