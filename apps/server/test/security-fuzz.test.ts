import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS, expectedFor, ROLES, type Role } from './authz-table';
import { makeCategory, makeProduct } from './catalog-helpers';
import { asParam, deep, objectFor, prototypeKeys, valueFor } from './fuzz-arbitraries';
import { createUser, startTestServer, type TestServer } from './helpers';
import { fillPath, LEAKS, type Operation, operationsOf, tokensByRole } from './security-suite';

/**
 * OpenAPI-driven fuzzing: every operation of /api/openapi.json, as every
 * role, with hostile values for each parameter and body field by its schema.
 * Seeded and bounded (FUZZ_RUNS per operation and role, default 6); set
 * FUZZ_RUNS=200 (and FUZZ_SEED) for a longer hunt.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);

let server: TestServer;
let operations: Operation[];
let tokens: Record<Role, string | undefined>;
let realIds: string[];

beforeAll(async () => {
  server = await startTestServer();
  operations = await operationsOf(server);
  tokens = await tokensByRole(server);
  const admin = await createUser(server, 'admin');
  const seller = await createUser(server, 'seller');
  const category = await makeCategory(server, admin);
  const product = await makeProduct(server, seller, { categoryId: category.id });
  realIds = [category.id, product.id];
});
afterAll(() => server.close());

interface Req {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

function requestsFor(op: Operation): fc.Arbitrary<Req> {
  const inPath = op.parameters.filter((p) => p.in === 'path');
  const inQuery = op.parameters.filter((p) => p.in === 'query');
  // An empty segment would be another URL (an unknown route), not this operation.
  const pathIds = fc
    .oneof(fc.uuid(), fc.constantFrom(...realIds), valueFor(undefined), valueFor({ type: 'string' }))
    .filter((v) => asParam(v) !== '');
  return fc.record({
    path: fc.record(Object.fromEntries(inPath.map((p) => [p.name, pathIds]))),
    query: fc.record(Object.fromEntries(inQuery.map((p) => [p.name, valueFor(p.schema)])), { requiredKeys: [] }),
    body: op.body
      ? fc.oneof({ arbitrary: objectFor(op.body), weight: 8 }, valueFor(undefined), deep, prototypeKeys)
      : fc.constant(undefined),
  });
}

async function send(op: Operation, role: Role, req: Req) {
  const path = fillPath(op.path, Object.fromEntries(Object.entries(req.path).map(([k, v]) => [k, asParam(v)])));
  const query = new URLSearchParams(
    Object.entries(req.query).map(([k, v]): [string, string] => [k, asParam(v)]),
  ).toString();
  return server.api(op.method, query ? `${path}?${query}` : path, {
    token: tokens[role],
    ...(req.body === undefined ? {} : { raw: JSON.stringify(req.body) }),
  });
}

describe('OpenAPI-driven fuzzing', () => {
  it(
    `no operation answers 5xx, leaks, or lets an unauthorized role through (${RUNS} runs per operation and role)`,
    async () => {
      for (const role of ROLES) {
        await Promise.all(
          operations.map((op) =>
            fc.assert(
              fc.asyncProperty(requestsFor(op), async (req) => {
                const res = await send(op, role, req);
                const where = `${op.key} as ${role}: ${res.status} ${res.text.slice(0, 300)}`;
                expect(res.status, where).toBeLessThan(500);
                for (const [what, pattern] of LEAKS) expect(pattern.test(res.text), `${what} in ${where}`).toBe(false);
                const expected = expectedFor(ACCESS[op.key] ?? 'admin', role);
                if (expected !== 'allowed') expect(res.status, where).toBe(expected);
              }),
              { seed: SEED, numRuns: RUNS, endOnFailure: true },
            ),
          ),
        );
      }
    },
    // The default run takes ~5 s alone (~70 s on a loaded 2-core machine during `pnpm test`).
    RUNS <= 6 ? 180_000 : 3_600_000,
  );
});
