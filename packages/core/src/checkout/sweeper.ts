import { orders } from '@mercato/db';
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Deps } from '../deps';
import { releaseHold } from '../orders/release';
import { finalizePaidSession } from './finalize';

export interface SweepResult {
  released: number;
  finalized: number;
  waiting: number;
  failed: number;
}

/**
 * Closes holds past their end that no event closed. The provider is asked
 * first: a session that was in fact paid is finalized, an open one is
 * expired at the provider and then released, and one whose delayed payment
 * is still being processed keeps its hold until the provider's event comes.
 */
export async function sweepExpiredHolds(deps: Deps, opts: { batch?: number } = {}): Promise<SweepResult> {
  const now = deps.now();
  const due = await deps.db
    .select({ id: orders.id, sessionId: orders.paymentSessionId })
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), lt(orders.holdExpiresAt, now)))
    .orderBy(asc(orders.holdExpiresAt))
    .limit(opts.batch ?? 200);
  const result: SweepResult = { released: 0, finalized: 0, waiting: 0, failed: 0 };
  for (const order of due) {
    try {
      result[await sweepOne(deps, order)] += 1;
    } catch (err) {
      result.failed += 1;
      deps.log('warn', 'sweeper could not close a hold; next run retries', {
        orderId: order.id,
        err: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return result;
}

async function sweepOne(
  deps: Deps,
  order: { id: string; sessionId: string | null },
): Promise<'released' | 'finalized' | 'waiting'> {
  if (order.sessionId) {
    let session = await deps.payments.retrieveCheckoutSession(order.sessionId);
    if (session?.status === 'open') session = await deps.payments.expireCheckoutSession(order.sessionId);
    if (session?.status === 'complete') {
      if (session.paymentStatus === 'unpaid') return 'waiting';
      const paid = session;
      await deps.uow((tx, enqueue) => finalizePaidSession(tx, enqueue, paid, { now: deps.now(), log: deps.log }));
      return 'finalized';
    }
  }
  await deps.uow((tx) => releaseHold(tx, order.id, 'expired', deps.now()));
  return 'released';
}
