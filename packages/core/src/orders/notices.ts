import { type Db, orderNotices, users } from '@mercato/db';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Mailer } from '../mail/transport';
import type { OrderNoticeKind } from './jobs';
import { orderNotice } from './notice-templates';
import { loadOrder } from './order';

/** The same Message-ID for every attempt at one notice, so a mail server or client can tell a repeat. */
export const noticeMessageId = (orderId: string, kind: OrderNoticeKind) => `<order-${orderId}-${kind}@mercato>`;

/** A claim older than this belonged to a worker that died mid-send: another may take it over. */
export const NOTICE_CLAIM_TIMEOUT_MS = 2 * 60 * 1000;

/** Thrown while another worker holds the claim: the job is retried later and then finds the notice sent. */
export class NoticeInProgressError extends Error {
  override readonly name = 'NoticeInProgressError';
}

/**
 * Sends one notice of an order at most once, however often its job runs or
 * its event repeats. The sent-log row is claimed first (one statement: a
 * new row, or a stale claim taken over), the message is sent with no
 * transaction open, and the row is marked sent once the mail server has
 * accepted it. If the process dies between that acceptance and the mark,
 * the claim goes stale and the retry sends again with the same Message-ID
 * (SMTP offers no way to make that step atomic).
 */
export async function sendOrderNotice(
  db: Db,
  mailer: Mailer,
  input: { orderId: string; kind: OrderNoticeKind; storefrontUrl: string | null },
  now: () => Date = () => new Date(),
): Promise<'sent' | 'already_sent'> {
  const messageId = noticeMessageId(input.orderId, input.kind);
  const claimed = await db
    .insert(orderNotices)
    .values({ orderId: input.orderId, kind: input.kind, messageId, claimedAt: now() })
    .onConflictDoUpdate({
      target: [orderNotices.orderId, orderNotices.kind],
      set: { claimedAt: now() },
      setWhere: and(
        isNull(orderNotices.sentAt),
        lt(orderNotices.claimedAt, new Date(now().getTime() - NOTICE_CLAIM_TIMEOUT_MS)),
      ),
    })
    .returning({ claimedAt: orderNotices.claimedAt });
  if (claimed.length === 0) {
    const [row] = await db
      .select({ sentAt: orderNotices.sentAt })
      .from(orderNotices)
      .where(and(eq(orderNotices.orderId, input.orderId), eq(orderNotices.kind, input.kind)));
    if (row?.sentAt) return 'already_sent';
    throw new NoticeInProgressError(`notice ${input.kind} of order ${input.orderId} is being sent by another worker`);
  }
  try {
    const order = await loadOrder(db, input.orderId);
    const [buyer] = await db
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, order.userId));
    if (!buyer) throw new Error(`order ${order.id} has no buyer`);
    await mailer.send(orderNotice(input.kind, order, buyer, input.storefrontUrl), { messageId });
  } catch (err) {
    // Not sent: give the claim up so the retry need not wait for it to go stale.
    await db
      .delete(orderNotices)
      .where(
        and(eq(orderNotices.orderId, input.orderId), eq(orderNotices.kind, input.kind), isNull(orderNotices.sentAt)),
      )
      .catch(() => {});
    throw err;
  }
  await db
    .update(orderNotices)
    .set({ sentAt: sql`now()` })
    .where(and(eq(orderNotices.orderId, input.orderId), eq(orderNotices.kind, input.kind)));
  return 'sent';
}
