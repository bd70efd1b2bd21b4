import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS, expectedFor, ROLES, type Role } from './authz-table';
import { startTestServer, type TestServer } from './helpers';
import { fillPath, type Operation, operationsOf, tokensByRole } from './security-suite';

let server: TestServer;
let operations: Operation[];
let tokens: Record<Role, string | undefined>;

beforeAll(async () => {
  server = await startTestServer();
  operations = await operationsOf(server);
  tokens = await tokensByRole(server);
});
afterAll(() => server.close());

describe('authorization matrix: every REST route × every role', () => {
  it('every route of the document has a row, and every row is a route', () => {
    const routes = operations.map((o) => o.key).sort();
    expect(
      routes.filter((r) => !(r in ACCESS)),
      'routes without a row in authz-table.ts',
    ).toEqual([]);
    expect(
      Object.keys(ACCESS).filter((r) => !routes.includes(r)),
      'rows without a route',
    ).toEqual([]);
  });

  it('the document’s security agrees with the table (public routes take no token)', () => {
    for (const op of operations) expect(op.secured, op.key).toBe(ACCESS[op.key] !== 'public');
  });

  it('answers each role as the table says', async () => {
    const rows = operations.flatMap((op) => ROLES.map((role) => ({ op, role })));
    const seen = await Promise.all(
      rows.map(async ({ op, role }) => {
        const res = await server.api(op.method, fillPath(op.path), {
          token: tokens[role],
          ...(op.body ? { body: {} } : {}),
        });
        const refused = res.status === 401 || res.status === 403;
        return {
          route: `${op.key} as ${role}`,
          answer: res.status >= 500 ? res.status : refused ? res.status : 'allowed',
        };
      }),
    );
    expect(seen).toEqual(
      rows.map(({ op, role }) => ({
        route: `${op.key} as ${role}`,
        answer: expectedFor(ACCESS[op.key] ?? 'admin', role),
      })),
    );
  });
});
