import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogActors, makeCategory, makeProduct, startCatalogSuite } from './catalog-helpers';
import { PASSWORD, type TestServer } from './helpers';

let server: TestServer;
let who: CatalogActors;
let categoryId: string;
beforeAll(async () => {
  ({ server, who, categoryId } = await startCatalogSuite());
});
afterAll(() => server.close());

/**
 * A request with exactly these headers (fetch adds a content type to any
 * text body, and a length to any body): what a bare HTTP client may send.
 */
function rawRequest(
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string; chunked?: boolean } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: any }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url);
    const req = httpRequest(url, { method, headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    if (opts.chunked) req.setHeader('transfer-encoding', 'chunked');
    else if (opts.body !== undefined) req.setHeader('content-length', String(Buffer.byteLength(opts.body)));
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('REST request bodies', () => {
  it('takes a POST with no body and no content type as an empty JSON object (a 400 naming the fields, not a 415)', async () => {
    const res = await rawRequest('POST', '/api/users/login', { headers: { 'content-length': '0' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_REQUEST');
    expect(res.body.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['email', 'password']);
  });

  it('answers 415 to a body without a content type, sent with a length or chunked', async () => {
    for (const chunked of [false, true]) {
      const res = await rawRequest('POST', '/api/users/login', { body: '{}', chunked });
      expect([res.status, res.body], `chunked: ${chunked}`).toEqual([
        415,
        { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Missing content-type header: send application/json' },
      ]);
    }
  });

  it('answers 415 to a form body: the API takes JSON only', async () => {
    const res = await server.api('POST', '/api/users/login', {
      raw: `email=${encodeURIComponent(who.customer.email)}&password=x`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect([res.status, res.body]).toEqual([
      415,
      {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Unsupported content-type "application/x-www-form-urlencoded": send application/json',
      },
    ]);
  });

  it('takes JSON with a charset parameter', async () => {
    const res = await server.api('POST', '/api/users/login', {
      raw: JSON.stringify({ email: who.customer.email, password: 'not the password' }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.status).toBe(401);
  });

  it('answers malformed JSON with a 400 PARSE_ERROR, in the contract’s shape', async () => {
    const res = await server.api('POST', '/api/users/login', { raw: '{"email": ' });
    expect([res.status, res.body]).toEqual([400, { code: 'PARSE_ERROR', message: 'Request body is not valid JSON' }]);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('fills what a POST body does not say from the query string; the body wins', async () => {
    const { email } = who.customer;
    const password = PASSWORD;
    const bodiless = await rawRequest(
      'POST',
      `/api/users/login?email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`,
      { headers: { 'content-length': '0' } },
    );
    expect(bodiless.status).toBe(200);
    const filled = await server.api('POST', `/api/users/login?email=${encodeURIComponent(email)}`, {
      body: { password },
    });
    expect(filled.status).toBe(200);
    const bodyWins = await server.api('POST', '/api/users/login?email=nobody%40example.com', {
      body: { email, password },
    });
    expect(bodyWins.status).toBe(200);
  });

  it('reads a DELETE’s input from its path and query, never its body', async () => {
    const product = await makeProduct(server, who.seller, { categoryId });
    const token = who.customer.accessToken;
    expect((await server.api('POST', '/api/wishlist', { token, body: { productId: product.id } })).status).toBe(200);
    const res = await server.api('DELETE', `/api/wishlist/${product.id}`, { token, raw: '{"not json' });
    expect(res.status, res.text).toBe(200);
    expect((await server.api('GET', '/api/wishlist', { token })).body.items).toEqual([]);
  });
});

describe('REST path parameters and queries', () => {
  it('puts path parameters over the body and the query', async () => {
    const token = who.admin.accessToken;
    const [target, other] = [await makeCategory(server, who.admin), await makeCategory(server, who.admin)];
    const res = await server.api('PUT', `/api/categories/${target.id}?id=${other.id}`, {
      token,
      body: { id: other.id, name: 'Renamed by path' },
    });
    expect([res.status, res.body.id, res.body.name]).toEqual([200, target.id, 'Renamed by path']);
    expect((await server.api('GET', `/api/categories/${other.id}`)).body.name).toBe(other.name);
    expect((await server.api('GET', `/api/categories/${target.id}?id=${other.id}`)).body.id).toBe(target.id);
  });

  it('gives a procedure without input nothing of the query', async () => {
    const res = await server.api('GET', '/api/users/me?limit=abc&id=x', { token: who.customer.accessToken });
    expect([res.status, res.body.id]).toEqual([200, who.customer.id]);
  });
});

describe('REST answers', () => {
  it('answers a creation with the status its procedure declares (201), an error with the error’s', async () => {
    const token = who.admin.accessToken;
    const created = await server.api('POST', '/api/categories', { token, body: { name: 'Made here' } });
    expect([created.status, created.headers.get('content-type')]).toEqual([201, 'application/json']);
    const refused = await server.api('POST', '/api/categories', { token, body: { name: '' } });
    expect(refused.status).toBe(400);
  });

  it('answers errors exactly `{ code, message, issues? }`', async () => {
    const invalid = await server.api('GET', '/api/products?limit=abc');
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body)).toEqual(['code', 'message', 'issues']);
    expect(invalid.body).toMatchObject({ code: 'BAD_REQUEST', message: 'Input validation failed' });
    for (const issue of invalid.body.issues) expect(Object.keys(issue).sort()).toEqual(['code', 'message', 'path']);

    const missing = await server.api('GET', '/api/products/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(Object.keys(missing.body)).toEqual(['code', 'message']);
    expect(missing.body.code).toBe('NOT_FOUND');

    const anonymous = await server.api('GET', '/api/users/me');
    expect([anonymous.status, anonymous.body]).toEqual([
      401,
      { code: 'UNAUTHORIZED', message: 'Missing bearer token' },
    ]);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
