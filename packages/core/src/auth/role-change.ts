import type { Tx } from '@mercato/db';
import { AppError, notFound } from '../shared/errors';
import { updateUser } from '../users/accounts';
import type { Role } from '../users/roles';
import { toUser, type User } from '../users/user';
import { adminChange } from './admin-change';
import { revokeAllForUser } from './service';

const ROLE_RANK: Record<Role, number> = { customer: 0, seller: 1, admin: 2 };

/**
 * Changes a user's role. Role checks read the account's current role, so the
 * change takes effect at once; on a demotion every refresh family of the user
 * is revoked too. An admin cannot change their own role, and the last active
 * admin is never demoted.
 */
export function changeRole(
  db: Tx,
  input: { actorId: string; userId: string; role: Role },
  now: Date = new Date(),
): Promise<User> {
  const selfRefusal = 'Admins cannot change their own role';
  return adminChange(db, { ...input, selfRefusal }, async (tx, before, admins) => {
    if (before.role === 'admin' && input.role !== 'admin' && admins.length <= 1) {
      throw new AppError('CONFLICT', 'The last admin cannot be demoted');
    }
    const after = await updateUser(tx, before.id, { role: input.role, updatedAt: now });
    if (!after) throw notFound('User');
    if (ROLE_RANK[input.role] < ROLE_RANK[before.role]) await revokeAllForUser(tx, before.id, now);
    return toUser(after);
  });
}
