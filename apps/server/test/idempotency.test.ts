import { idempotencyKeys } from '@mercato/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, startTestServer, type TestServer, type TestUser, uniqueEmail } from './helpers';

let server: TestServer;
let admin: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, 'admin');
});
afterAll(() => server.close());

const createCategory = (name: string, key?: string, token = admin.accessToken) =>
  server.api('POST', '/api/categories', {
    token,
    body: { name },
    headers: key ? { 'idempotency-key': key } : {},
  });

const categoriesNamed = async (name: string) => {
  const { rows } = await server.database.pool.query('SELECT id FROM categories WHERE name = $1', [name]);
  return rows.length;
};

describe('Idempotency-Key', () => {
  it('replays the first answer for the same key and body, and creates once', async () => {
    const name = `Replay ${Date.now()}`;
    const first = await createCategory(name, 'key-replay-1');
    const second = await createCategory(name, 'key-replay-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await categoriesNamed(name)).toBe(1);
  });

  it('answers 409 for the same key with another body, and changes nothing', async () => {
    const name = `Mismatch ${Date.now()}`;
    await createCategory(name, 'key-mismatch');
    const other = await createCategory(`${name} (other)`, 'key-mismatch');
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('CONFLICT');
    expect(await categoriesNamed(`${name} (other)`)).toBe(0);
  });

  it('keeps keys per user', async () => {
    const otherAdmin = await createUser(server, 'admin');
    const a = await createCategory(`Per user A ${Date.now()}`, 'shared-key');
    const b = await createCategory(`Per user B ${Date.now()}`, 'shared-key', otherAdmin.accessToken);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('lets exactly one of many concurrent requests with one key run', async () => {
    const name = `Concurrent ${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => createCategory(name, 'key-concurrent')));
    expect(results.filter((r) => r.status === 201 && !r.headers.get('idempotent-replayed'))).toHaveLength(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await categoriesNamed(name)).toBe(1);
  });

  it('replays client errors too, but never stores answers carrying credentials', async () => {
    const bad = await createCategory('', 'key-bad-input');
    const again = await createCategory('', 'key-bad-input');
    expect(bad.status).toBe(400);
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    const email = uniqueEmail('idem');
    const headers = { 'idempotency-key': 'key-register' };
    const reg = await server.api('POST', '/api/users/register', { headers, body: { email, password: PASSWORD } });
    const login = await server.api('POST', '/api/users/login', { headers, body: { email, password: PASSWORD } });
    expect(reg.status).toBe(201);
    expect(login.status).toBe(200);
    const rows = await server.deps.db.select().from(idempotencyKeys);
    expect(rows.some((r) => r.key === 'key-register')).toBe(false);
    expect(rows.every((r) => !r.responseBody?.includes('refreshToken'))).toBe(true);
  });

  it('rejects a malformed key with 400', async () => {
    const res = await createCategory(`Bad key ${Date.now()}`, 'x'.repeat(256));
    expect(res.status).toBe(400);
    const spaced = await createCategory(`Bad key 2 ${Date.now()}`, 'has space');
    expect(spaced.status).toBe(400);
  });

  it('is documented on authenticated POST routes', async () => {
    const doc = (await server.api('GET', '/api/openapi.json')).body;
    const params = doc.paths['/categories'].post.parameters.map((p: { name: string }) => p.name);
    expect(params).toContain('Idempotency-Key');
    expect(doc.paths['/users/register'].post.parameters ?? []).not.toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key' }),
    );
  });
});
