import { appRouter } from '@mercato/api';
import { createDb } from '@mercato/db';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ bodyLimitBytes: 4096, corsOrigins: ['https://shop.example'] });
});
afterAll(() => server.close());

describe('service routes', () => {
  it('/healthz and /readyz answer 200', async () => {
    expect((await server.api('GET', '/healthz')).status).toBe(200);
    expect((await server.api('GET', '/readyz')).status).toBe(200);
  });

  it('/readyz answers 503 when the database does not answer, and logs why', async () => {
    const dead = createDb('postgres://postgres@127.0.0.1:1/nothing');
    const lines: string[] = [];
    const down = await startTestServer({
      logger: pino({ level: 'info' }, { write: (line: string) => lines.push(line) }),
      isReady: async () => {
        await dead.pool.query('SELECT 1');
        return true;
      },
    });
    try {
      expect((await down.api('GET', '/readyz')).status).toBe(503);
      expect((await down.api('GET', '/healthz')).status).toBe(200);
      expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['not ready: the database does not answer']);
    } finally {
      await down.close();
      await dead.close();
    }
  });

  it('answers the probes ahead of the request frame: no log line, no frame headers, never limited', async () => {
    const lines: string[] = [];
    const probed = await startTestServer({
      rateLimitPerMinute: 2,
      logger: pino({ level: 'info' }, { write: (line: string) => lines.push(line) }),
    });
    try {
      for (let i = 0; i < 5; i++) {
        for (const path of ['/healthz', '/readyz', '/healthz/']) {
          const res = await probed.api(i % 2 ? 'HEAD' : 'GET', path);
          expect(res.status, path).toBe(200);
          expect(res.headers.get('x-request-id')).toBeNull();
          expect(res.headers.get('ratelimit-remaining')).toBeNull();
        }
      }
      expect(lines).toEqual([]);
      // Every other route is framed and logged, and the probes left the limit untouched.
      const index = await probed.api('GET', '/');
      expect(index.headers.get('x-request-id')).toMatch(/\S{8,}/);
      expect(index.headers.get('ratelimit-remaining')).toBe('1');
      expect(lines.map((l) => JSON.parse(l).path)).toEqual(['/']);
      expect((await probed.api('POST', '/healthz')).status).toBe(405);
    } finally {
      await probed.close();
    }
  });

  it('serves an OpenAPI 3.1 document with every REST procedure, its security and errors', async () => {
    const res = await server.api('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const procedures = Object.values(appRouter._def.procedures as Record<string, any>)
      .map((p) => p._def.meta?.openapi)
      .filter(Boolean);
    expect(procedures.length).toBeGreaterThan(5);
    for (const meta of procedures) {
      const path = meta.path.replace(/\{(\w+)\}/g, '{$1}');
      const op = res.body.paths[path]?.[meta.method.toLowerCase()];
      expect(op, `${meta.method} ${path}`).toBeDefined();
      const success = op.responses['200'] ?? op.responses['201'];
      expect(success?.content?.['application/json']?.schema).toBeDefined();
      expect(Object.keys(op.responses).some((s) => s.startsWith('4'))).toBe(true);
      if (meta.protect === false) expect(op.security).toEqual([]);
      else expect(op.security).toEqual([{ bearerAuth: [] }]);
    }
    expect(res.body.paths['/users/register'].post.responses['201']).toBeDefined();
    expect(res.body.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves the docs page with its assets from this server only (works offline)', async () => {
    const page = await server.api('GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const srcs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs.length).toBeGreaterThanOrEqual(3);
    for (const src of srcs) {
      expect(src.startsWith('/')).toBe(true);
      const asset = await server.api('GET', src);
      expect(asset.status, src).toBe(200);
      expect(asset.text.length).toBeGreaterThan(10);
    }
    const init = await server.api('GET', '/docs/init.js');
    expect(init.text).toContain('/api/openapi.json');
  });
});

describe('errors', () => {
  it('answers 413 for a body over the limit, and changes nothing', async () => {
    const res = await server.api('POST', '/api/users/register', {
      body: { email: 'big@example.com', password: 'x'.repeat(5000) },
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    const login = await server.api('POST', '/api/users/login', {
      body: { email: 'big@example.com', password: 'x'.repeat(100) },
    });
    expect(login.status).toBe(401);
  });

  it('answers 400 with a JSON body for malformed JSON and 415 without a JSON content type', async () => {
    const bad = await server.api('POST', '/api/users/register', { raw: '{"email": ' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    const notJson = await server.api('POST', '/api/users/login', {
      raw: 'email=a',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(415);
  });

  it('answers 404 JSON for unknown routes under /api and elsewhere', async () => {
    for (const path of ['/api/nothing-here', '/nothing', '/trpc/nope.nothing']) {
      const res = await server.api('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body.code ?? res.body.error?.data?.code).toBe('NOT_FOUND');
    }
  });

  it('answers a database fault with a bare 500: no stack, no SQL, no driver message', async () => {
    const dead = createDb('postgres://postgres@127.0.0.1:1/nothing');
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const broken = await startTestServer({ rateLimitPerMinute: 0, logger });
    broken.deps.db = dead.db;
    try {
      const res = await broken.api('POST', '/api/users/login', {
        body: { email: 'a@example.com', password: 'whatever-1' },
      });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
      // The REST answer alone logs the fault, naming its procedure.
      const restLogged = lines.filter((l) => l.includes('internal error')).map((l) => JSON.parse(l).path);
      expect(restLogged).toEqual(['auth.login']);
      const trpc = await broken.api('POST', '/trpc/auth.login', {
        body: { email: 'a@example.com', password: 'whatever-1' },
      });
      expect(trpc.status).toBe(500);
      expect(trpc.text).not.toMatch(/ECONNREFUSED|at .*\.ts|select|stack/i);
      // The log keeps the fault but not the query's parameters (here the e-mail; elsewhere password hashes).
      const logged = lines.filter((l) => l.includes('internal error'));
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).not.toContain('a@example.com');
      expect(logged.join('\n')).toContain('ECONNREFUSED');
    } finally {
      await broken.close();
      await dead.close();
    }
  });
});

describe('routing', () => {
  it('serves REST on a host whose name starts with "api."', async () => {
    const res = await server.api('GET', '/api/users/me', { headers: { host: 'api.example.com' } });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHORIZED');
  });
});

describe('headers', () => {
  it('sets secure headers and a request id', async () => {
    const res = await server.api('GET', '/');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('x-request-id')).toMatch(/\S{8,}/);
  });

  it('allows only the configured CORS origins', async () => {
    const preflight = (origin: string) =>
      server.api('OPTIONS', '/api/users/login', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ok = await preflight('https://shop.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
