import type { Tx, UserRow } from '@mercato/db';
import { AppError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { lockAdmins, lockUser } from '../users/accounts';

/**
 * Runs an admin's change to another account in one transaction. Ids compare
 * canonically (a UUID in any case is the same account). The admins' rows are
 * locked first, so changes that touch admins run one at a time: the actor must
 * still be an active admin when the change runs (two admins acting on each
 * other at once: the second finds it is no longer one). `change` gets the
 * locked account and the ids of the active admins.
 */
export async function adminChange<T>(
  db: Tx,
  input: { actorId: string; userId: string; selfRefusal?: string },
  change: (tx: Tx, before: UserRow, activeAdmins: string[]) => Promise<T>,
): Promise<T> {
  if (!isId(input.userId)) throw notFound('User');
  const userId = input.userId.toLowerCase();
  if (input.selfRefusal && userId === input.actorId.toLowerCase()) throw new AppError('CONFLICT', input.selfRefusal);
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    if (!admins.includes(input.actorId.toLowerCase())) throw new AppError('FORBIDDEN', 'Requires role admin');
    const before = await lockUser(tx, userId);
    if (!before) throw notFound('User');
    return change(tx, before, admins);
  });
}
