import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, startTestServer, type TestServer, type TestUser } from './helpers';

let server: TestServer;
let admin: TestUser;
let operations: { method: string; path: string; offersKey: boolean; authenticated: boolean }[];

beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, 'admin');
  const doc = (await server.api('GET', '/api/openapi.json')).body as {
    paths: Record<string, Record<string, { parameters?: { name: string }[]; security?: unknown[] }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      offersKey: (op.parameters ?? []).some((p) => p.name === 'Idempotency-Key'),
      authenticated: (op.security ?? []).length > 0,
    })),
  );
});
afterAll(() => server.close());

/** Sends the same request twice with one key; whether the second answer is a replay. */
async function replays(method: string, url: string): Promise<boolean> {
  const key = `agreement-${randomUUID()}`;
  const send = () =>
    server.api(method, url, {
      token: admin.accessToken,
      headers: { 'idempotency-key': key },
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
    });
  const first = await send();
  const second = await send();
  expect(first.headers.get('idempotent-replayed')).toBeNull();
  return second.headers.get('idempotent-replayed') === 'true';
}

const concrete = (path: string) => `/api${path.replace(/\{[^}]+\}/g, () => randomUUID())}`;

describe('Idempotency-Key: the document and the server agree', () => {
  it('covers every REST operation', () => {
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((o) => o.offersKey).length).toBeGreaterThan(0);
  });

  it('replays exactly on the operations whose document offers the key', async () => {
    const seen = await Promise.all(
      operations.map(async (op) => ({
        op: `${op.method} ${op.path}`,
        replayed: await replays(op.method, concrete(op.path)),
      })),
    );
    expect(seen).toEqual(operations.map((op) => ({ op: `${op.method} ${op.path}`, replayed: op.offersKey })));
  });

  it('offers the key only on authenticated POSTs (keys are per user), never on auth routes', () => {
    for (const op of operations.filter((o) => o.offersKey)) {
      expect(op.method).toBe('POST');
      expect(op.authenticated).toBe(true);
      expect(op.path.startsWith('/users/')).toBe(false);
    }
    const logout = operations.find((o) => o.path === '/users/logout');
    expect(logout?.offersKey).toBe(false);
  });

  it('decides by procedure, so another spelling of the path neither bypasses nor gains the key', async () => {
    const variants = operations.flatMap((op) => {
      const url = concrete(op.path);
      return [`/api${url.slice(4).toUpperCase()}`, `${url}/`].map((spelling) => ({ op, spelling }));
    });
    const seen = await Promise.all(
      variants.map(async ({ op, spelling }) => ({
        op: `${op.method} ${spelling}`,
        replayed: await replays(op.method, spelling),
      })),
    );
    expect(seen).toEqual(
      variants.map(({ op, spelling }) => ({ op: `${op.method} ${spelling}`, replayed: op.offersKey })),
    );
  });
});
