import { type Shop, uuidOf } from './recs-generator';

/** The part of a pg Pool used here. */
export interface Pool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

const DAY = 86_400_000;
const ADDRESS = JSON.stringify({ name: 'Bench', line1: '1 Road', city: 'Town', postalCode: '1000', country: 'gb' });

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Writes the generated shop: brands as sellers, shoppers, categories,
 * products (stock plenty) and the given lines as paid orders, each order
 * paid on its day before `now`.
 */
export async function loadShop(pool: Pool, shop: Shop, lines: Shop['lines'], now: Date): Promise<void> {
  const users = [
    ...Array.from({ length: shop.brands }, (_, b) => [uuidOf(5, b), `brand${b}@bench.test`, 'seller']),
    ...Array.from({ length: shop.users }, (_, u) => [uuidOf(1, u), `user${u}@bench.test`, 'customer']),
  ];
  await inBatches(users, 10_000, (b) =>
    pool.query(
      `INSERT INTO users (id, email, role, password_hash)
       SELECT id, email, role::user_role, 'x' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, email, role)`,
      [b.map((r) => r[0]), b.map((r) => r[1]), b.map((r) => r[2])],
    ),
  );
  const categories = [...new Set(shop.products.map((p) => p.category))];
  await pool.query(
    `INSERT INTO categories (id, name, name_key, slug)
     SELECT id, 'Category ' || n, 'category ' || n, 'category-' || n FROM unnest($1::uuid[], $2::int[]) AS t(id, n)`,
    [categories.map((c) => uuidOf(3, c)), categories],
  );
  await pool.query(
    `INSERT INTO products (id, seller_id, category_id, name, price_cents, stock)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::int[])`,
    [
      shop.products.map((p) => uuidOf(2, p.index)),
      shop.products.map((p) => uuidOf(5, p.brand)),
      shop.products.map((p) => uuidOf(3, p.category)),
      shop.products.map((p) => `Product ${p.index}`),
      shop.products.map((p) => p.priceCents),
      shop.products.map(() => 1_000_000),
    ],
  );
  const orders = new Map<number, { user: number; day: number; total: number }>();
  for (const l of lines) {
    const o = orders.get(l.order) ?? { user: l.user, day: l.day, total: 0 };
    o.total += shop.products[l.product]?.priceCents ?? 0;
    orders.set(l.order, o);
  }
  const orderRows = [...orders.entries()];
  await inBatches(orderRows, 20_000, (b) =>
    pool.query(
      `INSERT INTO orders (id, user_id, status, payment_status, total_cents, currency, address, hold_expires_at,
         created_at, updated_at, paid_at)
       SELECT id, user_id, 'paid', 'paid', total, 'usd', $4::jsonb, at, at, at, at
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $5::timestamptz[]) AS t(id, user_id, total, at)`,
      [
        b.map(([id]) => uuidOf(4, id)),
        b.map(([, o]) => uuidOf(1, o.user)),
        b.map(([, o]) => o.total),
        ADDRESS,
        b.map(([, o]) => new Date(now.getTime() - (365 - o.day) * DAY)),
      ],
    ),
  );
  await inBatches(lines, 50_000, (b) =>
    pool.query(
      `INSERT INTO order_items (order_id, product_id, name, unit_price_cents, quantity, line_total_cents)
       SELECT o, p, 'Product', price, 1, price FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS t(o, p, price)`,
      [
        b.map((l) => uuidOf(4, l.order)),
        b.map((l) => uuidOf(2, l.product)),
        b.map((l) => shop.products[l.product]?.priceCents ?? 0),
      ],
    ),
  );
  await pool.query(`UPDATE products p SET sold_count = s.n FROM (
    SELECT product_id, count(*)::int AS n FROM order_items GROUP BY product_id) s WHERE s.product_id = p.id`);
  await pool.query('ANALYZE');
}
