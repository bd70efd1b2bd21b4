import { type Db, orderNotices, users } from '@mercato/db';
import { and, eq, sql } from 'drizzle-orm';
import type { OrderNoticeKind } from '../jobs/queues';
import type { Mailer } from '../mail/transport';
import { orderNotice } from './notice-templates';
import { loadOrder } from './order';

/** The same Message-ID for every attempt at one notice, so a mail server or client can tell a repeat. */
export const noticeMessageId = (orderId: string, kind: OrderNoticeKind) => `<order-${orderId}-${kind}@mercato>`;

/**
 * Sends one notice of an order at most once, however often its job runs or
 * its event repeats: the sent-log row is written when the mail server has
 * accepted the message, and a lock on (order, kind) keeps two workers from
 * sending it at the same time. If the process dies between the server's
 * acceptance and the commit, the retry sends it again with the same
 * Message-ID (SMTP offers no way to make that step atomic).
 */
export async function sendOrderNotice(
  db: Db,
  mailer: Mailer,
  input: { orderId: string; kind: OrderNoticeKind; shopUrl: string },
): Promise<'sent' | 'already_sent'> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`notice:${input.orderId}:${input.kind}`}, 0))`,
    );
    const [sent] = await tx
      .select({ at: orderNotices.sentAt })
      .from(orderNotices)
      .where(and(eq(orderNotices.orderId, input.orderId), eq(orderNotices.kind, input.kind)));
    if (sent) return 'already_sent';
    const order = await loadOrder(tx, input.orderId);
    const [buyer] = await tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, order.userId));
    if (!buyer) throw new Error(`order ${order.id} has no buyer`);
    const messageId = noticeMessageId(order.id, input.kind);
    await mailer.send(orderNotice(input.kind, order, buyer, input.shopUrl), { messageId });
    await tx.insert(orderNotices).values({ orderId: order.id, kind: input.kind, messageId });
    return 'sent';
  });
}
