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
    for (const op of operations) {
      const replayed = await replays(op.method, concrete(op.path));
      expect({ op: `${op.method} ${op.path}`, replayed }).toEqual({
        op: `${op.method} ${op.path}`,
        replayed: op.offersKey,
      });
    }
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
    for (const op of operations) {
      const url = concrete(op.path);
      const upper = `/api${url.slice(4).toUpperCase()}`;
      expect({ op: `${op.method} ${upper}`, replayed: await replays(op.method, upper) }).toEqual({
        op: `${op.method} ${upper}`,
        replayed: op.offersKey,
      });
      expect({ op: `${op.method} ${url}/`, replayed: await replays(op.method, `${url}/`) }).toEqual({
        op: `${op.method} ${url}/`,
        replayed: op.offersKey,
      });
    }
  });
});
