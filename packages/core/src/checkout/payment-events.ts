import type { Deps } from '../deps';
import { lockOrder } from '../orders/order';
import { refundedByProvider } from '../orders/refund';
import { type ReleasedStatus, releaseHold } from '../orders/release';
import { recordEvent } from '../payments/events';
import type { PaymentEvent, ProviderSession } from '../payments/gateway';
import { type FinalizeOutcome, finalizePaidSession } from './finalize';

export type EventOutcome = FinalizeOutcome | 'released' | 'refunded' | 'ignored';

/**
 * The one entry for payment outcomes, whoever reports them: Stripe's
 * webhooks, the simulator's buttons, the sweeper's findings. Each event is
 * recorded in the transaction of its effect, so a replay does nothing; an
 * event that would move an order backwards (an expiry after a payment) finds
 * it no longer pending and changes nothing.
 */
export async function applyPaymentEvent(deps: Deps, event: PaymentEvent): Promise<EventOutcome> {
  const now = deps.now();
  const session = event.session;
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      if (!session) return 'ignored';
      return deps.uow(async (tx, enqueue) => {
        const { outcome } = await finalizePaidSession(tx, enqueue, session, { now, log: deps.log, event });
        return outcome;
      });
    case 'checkout.session.expired':
      return session ? releaseForEvent(deps, event, session, 'expired') : 'ignored';
    case 'checkout.session.async_payment_failed':
      return session ? releaseForEvent(deps, event, session, 'payment_failed') : 'ignored';
    case 'charge.refunded':
      if (!event.refund?.fullyRefunded) return 'ignored';
      return refundedByProvider(deps, event, event.refund.paymentIntentId);
    default:
      return 'ignored';
  }
}

function releaseForEvent(
  deps: Deps,
  event: PaymentEvent,
  session: ProviderSession,
  to: ReleasedStatus,
): Promise<EventOutcome> {
  return deps.uow(async (tx) => {
    const order = await lockOrder(tx, { sessionId: session.id });
    if (!(await recordEvent(tx, event, order?.id ?? null))) return 'duplicate_event';
    if (!order) return 'unknown_session';
    return (await releaseHold(tx, order.id, to, deps.now())) ? 'released' : 'ignored';
  });
}
