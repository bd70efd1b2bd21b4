import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMITTED_PUBLIC_URL, renderTypes } from '@mercato/openapi/render';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';

const openapiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/openapi');
const REFRESH = 'the committed document is stale: run `pnpm openapi:generate` and commit packages/openapi';

type Operation = {
  security?: unknown[];
  requestBody?: unknown;
  parameters?: { name: string }[];
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
};

let server: TestServer;
let doc: any;
let operations: [string, Operation][];
beforeAll(async () => {
  server = await startTestServer({ publicUrl: COMMITTED_PUBLIC_URL });
  doc = (await server.api('GET', '/api/openapi.json')).body;
  operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([p, item]) =>
    Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${p}`, op] as [string, Operation]),
  );
});
afterAll(() => server.close());

describe('the committed OpenAPI document and its generated types', () => {
  it('is exactly the document the server serves', async () => {
    const committed = JSON.parse(await readFile(path.join(openapiDir, 'openapi.json'), 'utf8'));
    expect(doc, REFRESH).toEqual(committed);
  });

  it('has the types openapi-typescript generates from it', async () => {
    const committedJson = await readFile(path.join(openapiDir, 'openapi.json'), 'utf8');
    const types = await readFile(path.join(openapiDir, 'schema.d.ts'), 'utf8');
    expect(types === (await renderTypes(committedJson)), REFRESH).toBe(true);
  });
});

describe('what the document says is true', () => {
  it('describes each route’s errors with its own reasons and the one real error schema', () => {
    const me = doc.paths['/users/me'].get.responses;
    expect(me['401'].description).toBe('Missing or invalid access token');
    expect(doc.paths['/products/{id}'].get.responses['404'].description).toMatch(/product/i);
    expect(doc.paths['/categories/{id}'].get.responses['404'].description).toMatch(/category/i);
    expect(doc.paths['/cart'].post.responses['409'].description).not.toMatch(/email/i);
    const descriptions = new Map<string, Set<string>>();
    for (const [name, op] of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(response.content?.['application/json']?.schema, `${name} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
        descriptions.set(status, (descriptions.get(status) ?? new Set()).add(response.description));
      }
    }
    // Not one text copied everywhere: 401, 404 and 409 have several reasons across routes.
    for (const status of ['401', '404', '409']) expect(descriptions.get(status)?.size, status).toBeGreaterThan(2);
    expect(Object.keys(doc.components.schemas).filter((n) => n.startsWith('error.'))).toEqual([]);
  });

  it('documents the issues[] item the server really sends', async () => {
    const res = await server.api('POST', '/api/users/register', { body: { email: 'nope', password: 'short' } });
    expect(res.status).toBe(400);
    const item = doc.components.schemas.ErrorIssue;
    expect(item.required.sort()).toEqual(['code', 'message', 'path']);
    for (const issue of res.body.issues) {
      expect(Object.keys(issue).sort()).toEqual(Object.keys(item.properties).sort());
      expect(Array.isArray(issue.path)).toBe(true);
    }
    expect(Object.keys(res.body).sort()).toEqual(expect.arrayContaining(doc.components.schemas.Error.required));
    expect(doc.components.schemas.Error.properties.code.enum).toEqual(
      expect.arrayContaining(['PARSE_ERROR', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'TOO_MANY_REQUESTS']),
    );
  });

  it('documents 400 (bad JSON), 413, 415 and 429 where they can happen', async () => {
    for (const [name, op] of operations) {
      expect(op.responses['429'], name).toBeDefined();
      if (!op.requestBody) continue;
      expect(op.responses['413'], name).toBeDefined();
      expect(op.responses['415'], name).toBeDefined();
      expect(op.responses['400']?.description, name).toMatch(/PARSE_ERROR/);
    }
    // And the server answers them with those codes.
    const badJson = await server.api('POST', '/api/users/login', { raw: '{"email": ' });
    expect([badJson.status, badJson.body.code]).toEqual([400, 'PARSE_ERROR']);
    const text = await server.api('POST', '/api/users/login', { raw: 'x', headers: { 'content-type': 'text/plain' } });
    expect([text.status, text.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('gives the idempotency 409 a body and the replay header', () => {
    const keyed = operations.filter(([, op]) => op.parameters?.some((p) => p.name === 'Idempotency-Key'));
    expect(keyed.length).toBeGreaterThan(5);
    for (const [name, op] of keyed) {
      expect(op.responses['409']?.description, name).toMatch(/Idempotency-Key/);
      expect(op.responses['409']?.content?.['application/json']?.schema, name).toBeDefined();
      const success = (op.responses['200'] ?? op.responses['201']) as { headers?: Record<string, unknown> };
      expect(success.headers?.['Idempotent-Replayed'], name).toBeDefined();
    }
  });

  it('marks public operations with security: [] and shows no ±2^53 bounds', () => {
    const publicOps = operations.filter(([, op]) => op.security?.length === 0).map(([name]) => name);
    expect(publicOps).toEqual(expect.arrayContaining(['POST /users/register', 'GET /products', 'GET /search']));
    for (const [name, op] of operations) expect(op.security, name).toBeDefined();
    const text = JSON.stringify(doc);
    expect(text).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it('offers registration only the roles one may ask for', () => {
    const body = doc.paths['/users/register'].post.requestBody.content['application/json'].schema;
    expect(body.properties.role.enum).toEqual(['customer', 'seller']);
  });
});
