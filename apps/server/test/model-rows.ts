import { randomUUID } from 'node:crypto';
import type { TestServer } from './helpers';

/**
 * Writes the rows the recommendation model reads straight with SQL (users,
 * paid orders at a given time), for the model's database-level tests.
 */
export function modelRows(server: () => TestServer) {
  const q = (text: string, values: unknown[] = []) => server().database.pool.query(text, values);

  async function insertUser(role = 'customer') {
    const id = randomUUID();
    await q(`INSERT INTO users (id, email, role, password_hash) VALUES ($1, $2, $3::user_role, 'x')`, [
      id,
      `${id}@model.test`,
      role,
    ]);
    return id;
  }

  async function paidOrder(user: string, items: string[], paidAt: Date) {
    const id = randomUUID();
    await q(
      `INSERT INTO orders (id, user_id, status, payment_status, total_cents, currency, address, hold_expires_at,
         created_at, paid_at) VALUES ($1, $2, 'paid', 'paid', 1, 'usd', '{}'::jsonb, $3, $3, $3)`,
      [id, user, paidAt],
    );
    await q(
      `INSERT INTO order_items (order_id, product_id, name, unit_price_cents, quantity, line_total_cents)
       SELECT $1, p, 'P', 1, 1, 1 FROM unnest($2::uuid[]) AS p`,
      [id, items],
    );
    return id;
  }

  return { q, insertUser, paidOrder };
}
