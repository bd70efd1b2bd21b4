import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToCart, manyBuyers, product, startCheckout, stockOf } from './commerce-helpers';
import { type StripeSuite, startStripeSuite } from './stripe-helpers';

let suite: StripeSuite;

beforeAll(async () => {
  suite = await startStripeSuite();
});
afterAll(() => suite.close());

describe('stock under contention', () => {
  it('200 concurrent buyers for 50 units: exactly 50 holds, never negative stock, every loser a 409', async () => {
    const item = await product(suite, { stock: 50, priceCents: 900 });
    const buyers = await manyBuyers(suite.server, 200);
    const added = await Promise.all(buyers.map((b) => addToCart(suite.server, b, item.id, 1)));
    expect(added.every((r) => r.status === 200)).toBe(true);

    const answers = await Promise.all(buyers.map((b) => startCheckout(suite.server, b)));
    const statuses = answers.map((a) => a.status);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 409).map((a) => a.text)).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    expect(await stockOf(suite.server, item.id)).toBe(0);
    const { rows } = await suite.server.database.pool.query(
      `SELECT count(*)::int AS held, coalesce(sum(oi.quantity), 0)::int AS units
         FROM orders o JOIN order_items oi ON oi.order_id = o.id
        WHERE oi.product_id = $1 AND o.status = 'pending_payment'`,
      [item.id],
    );
    expect(rows[0]).toEqual({ held: 50, units: 50 });
    // One Stripe session per winner, none for a loser.
    const winners = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.orderId));
    const creates = suite.fake.requests.filter(
      (r) =>
        r.endpoint === 'checkout.sessions.create' && winners.has((r.params.metadata as Record<string, string>).orderId),
    );
    expect(creates).toHaveLength(50);
  }, 120_000);

  it('multi-line carts bought in opposite orders never deadlock and never oversell', async () => {
    const a = await product(suite, { stock: 10 });
    const b = await product(suite, { stock: 10 });
    const buyers = await manyBuyers(suite.server, 30);
    for (const [i, buyer] of buyers.entries()) {
      const [first, second] = i % 2 ? [a, b] : [b, a];
      await addToCart(suite.server, buyer, first.id, 1);
      await addToCart(suite.server, buyer, second.id, 1);
    }
    const answers = await Promise.all(buyers.map((buyer) => startCheckout(suite.server, buyer)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(10);
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect([await stockOf(suite.server, a.id), await stockOf(suite.server, b.id)]).toEqual([0, 0]);
  }, 60_000);
});
