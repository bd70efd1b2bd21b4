import { paymentEvents, type Tx } from '@mercato/db';

/**
 * Records a provider event id in the caller's transaction: false when it was
 * recorded before (a replay), so its effect is never applied twice.
 */
export async function recordEvent(
  tx: Tx,
  event: { id: string; type: string },
  orderId: string | null,
): Promise<boolean> {
  const inserted = await tx
    .insert(paymentEvents)
    .values({ id: event.id, type: event.type, orderId })
    .onConflictDoNothing()
    .returning({ id: paymentEvents.id });
  return inserted.length > 0;
}
