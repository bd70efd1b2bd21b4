// Correctness counters of the checkout bench, read from the database and the SMTP sink.
import type { Database } from '@mercato/db';
import type { SmtpSink } from '@mercato/testing';

const KINDS = ['confirmation', 'receipt'] as const;
const noticeId = (orderId: string, kind: string) => `<order-${orderId}-${kind}@mercato>`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function paidOrderIds(pool: Database['pool']): Promise<string[]> {
  const { rows } = await pool.query(`SELECT id FROM orders WHERE payment_status = 'paid' AND status = 'paid'`);
  return rows.map((r: { id: string }) => r.id);
}

async function queueBusy(pool: Database['pool']): Promise<number> {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'order-notice' AND state IN ('created', 'retry', 'active')`,
  );
  return rows[0].n;
}

/**
 * Waits until every paid order has its confirmation and receipt in the
 * sent-log and in the sink and the queue has nothing left, then a grace
 * period in which a duplicate would still show. Returns the wait in ms.
 */
export async function waitForNotices(pool: Database['pool'], sink: SmtpSink, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ids = await paidOrderIds(pool);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM order_notices WHERE order_id = ANY($1::uuid[])`, [
      ids,
    ]);
    const received = new Set(sink.messages.map((m) => m.messageId));
    const inSink = ids.every((id) => KINDS.every((k) => received.has(noticeId(id, k))));
    if (rows[0].n >= ids.length * 2 && inSink && (await queueBusy(pool)) === 0) {
      const waited = performance.now() - t0;
      await sleep(1_000);
      return waited;
    }
    await sleep(100);
  }
  return performance.now() - t0;
}

export interface Counters {
  oversell: number;
  'double finalize': number;
  'won sessions not paid': number;
  'missing e-mails': number;
  'duplicate e-mails': number;
}

export async function checkCounters(
  pool: Database['pool'],
  sink: SmtpSink,
  contested: { productId: string; stock: number; won: number },
  productIds: string[],
): Promise<{ counters: Counters; paid: number }> {
  const q = async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows;
  const unitsPaid = async (productId: string) =>
    (
      await q(
        `SELECT coalesce(sum(oi.quantity), 0)::int AS n FROM order_items oi JOIN orders o ON o.id = oi.order_id
         WHERE oi.product_id = $1 AND o.payment_status = 'paid'`,
        [productId],
      )
    )[0].n as number;

  const [p1] = await q(`SELECT stock, sold_count FROM products WHERE id = $1`, [contested.productId]);
  const paid1 = await unitsPaid(contested.productId);
  const oversell = (p1.stock < 0 ? 1 : 0) + Math.max(0, paid1 - contested.stock);

  let doubleFinalize = 0;
  for (const id of productIds) {
    const [p] = await q(`SELECT sold_count FROM products WHERE id = $1`, [id]);
    doubleFinalize += Math.abs(p.sold_count - (await unitsPaid(id)));
  }
  // One completed event per session was sent: an order with two recorded, or a notice enqueued twice, was finalized twice.
  doubleFinalize += (
    await q(`SELECT order_id FROM payment_events WHERE type = 'checkout.session.completed'
             GROUP BY order_id HAVING count(*) > 1`)
  ).length;
  doubleFinalize += (
    await q(`SELECT data->>'orderId', data->>'kind' FROM (
               SELECT data FROM pgboss.job WHERE name = 'order-notice'
               UNION ALL SELECT data FROM pgboss.archive WHERE name = 'order-notice') j
             GROUP BY 1, 2 HAVING count(*) > 1`)
  ).length;

  const paidIds = await paidOrderIds(pool);
  const logged = new Set(
    (await q(`SELECT order_id, kind FROM order_notices`)).map((r: { order_id: string; kind: string }) =>
      noticeId(r.order_id, r.kind),
    ),
  );
  const ids = sink.messages.map((m) => m.messageId);
  const received = new Set(ids);
  let missing = 0;
  for (const id of paidIds) {
    for (const kind of KINDS) {
      const mid = noticeId(id, kind);
      if (!logged.has(mid) || !received.has(mid)) missing++;
    }
  }
  const expected = new Set(paidIds.flatMap((id) => KINDS.map((k) => noticeId(id, k))));
  // Repeats of one Message-ID, and messages no paid order should have caused.
  const duplicates = ids.length - received.size + [...received].filter((m) => !expected.has(m)).length;

  const paid = (
    await q(
      `SELECT count(*)::int AS n FROM orders o JOIN order_items oi ON oi.order_id = o.id
                         WHERE oi.product_id = $1 AND o.status = 'paid'`,
      [contested.productId],
    )
  )[0].n as number;
  return {
    paid,
    counters: {
      oversell,
      'double finalize': doubleFinalize,
      'won sessions not paid': Math.abs(contested.won - paid),
      'missing e-mails': missing,
      'duplicate e-mails': duplicates,
    },
  };
}
