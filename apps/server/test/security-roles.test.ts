import { users } from '@mercato/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCategory, makeProduct, unique } from './catalog-helpers';
import { createUser, startTestServer, type TestServer, type TestUser } from './helpers';

let server: TestServer;
let root: TestUser;
let categoryId: string;

beforeAll(async () => {
  server = await startTestServer();
  root = await createUser(server, 'admin');
  categoryId = (await makeCategory(server, root)).id;
});
afterAll(() => server.close());

const setRole = (actor: TestUser, id: string, role: TestUser['role']) =>
  server.api('PATCH', `/api/users/${id}/role`, { token: actor.accessToken, body: { role } });

describe('role changes take effect at once (issue 8, hole 3)', () => {
  it('a demoted admin’s token stops opening admin routes immediately', async () => {
    const other = await createUser(server, 'admin');
    expect((await server.api('GET', '/api/users', { token: other.accessToken })).status).toBe(200);
    expect((await setRole(root, other.id, 'customer')).status).toBe(200);
    expect((await server.api('GET', '/api/users', { token: other.accessToken })).status).toBe(403);
    // …so they cannot promote an accomplice or demote the admin who demoted them.
    const accomplice = await createUser(server, 'customer');
    expect((await setRole(other, accomplice.id, 'admin')).status).toBe(403);
    expect((await setRole(other, root.id, 'customer')).status).toBe(403);
  });

  it('a demoted seller cannot create products; a promoted customer can at once', async () => {
    const seller = await createUser(server, 'seller');
    await makeProduct(server, seller, { categoryId });
    expect((await setRole(root, seller.id, 'customer')).status).toBe(200);
    const refused = await server.api('POST', '/api/products', {
      token: seller.accessToken,
      body: { name: unique('Product'), priceCents: 100, stock: 1, categoryId },
    });
    expect(refused.status).toBe(403);
    const customer = await createUser(server, 'customer');
    expect((await setRole(root, customer.id, 'seller')).status).toBe(200);
    await makeProduct(server, customer, { categoryId });
  });

  it('a user who no longer exists gets 401, not a 500', async () => {
    const ghost = await createUser(server, 'customer');
    const product = await makeProduct(server, root, { categoryId });
    await server.deps.db.delete(users).where(eq(users.id, ghost.id));
    for (const [method, path, body] of [
      ['GET', '/api/users/me', undefined],
      ['POST', '/api/wishlist', { productId: product.id }],
      ['POST', '/api/cart', { productId: product.id, quantity: 1 }],
      ['POST', '/api/comments', { productId: product.id, body: 'hello' }],
    ] as const) {
      const res = await server.api(method, path, { token: ghost.accessToken, body });
      expect(res.status, `${method} ${path}: ${res.text}`).toBe(401);
    }
  });
});

describe('admins and their own role (issue 8, hole 7)', () => {
  it('an admin cannot change their own role by re-casing their id', async () => {
    const admin = await createUser(server, 'admin');
    const res = await setRole(admin, admin.id.toUpperCase(), 'customer');
    expect(res.status).toBe(409);
    expect((await server.api('GET', '/api/users/me', { token: admin.accessToken })).body.role).toBe('admin');
  });

  it('two admins demoting each other at once never leave the shop without an admin', async () => {
    // Only these two are admins here: demote every other admin of this file's database first.
    const a = await createUser(server, 'admin');
    const b = await createUser(server, 'admin');
    await server.deps.db
      .update(users)
      .set({ role: 'customer' })
      .where(sql`${users.role} = 'admin' AND ${users.id} NOT IN (${a.id}, ${b.id})`);
    const [ab, ba] = await Promise.all([setRole(a, b.id, 'customer'), setRole(b, a.id, 'customer')]);
    const statuses = [ab.status, ba.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = await server.deps.db.select().from(users).where(eq(users.role, 'admin'));
    expect(admins).toHaveLength(1);
    await server.deps.db.update(users).set({ role: 'admin' }).where(eq(users.id, root.id));
  });
});
