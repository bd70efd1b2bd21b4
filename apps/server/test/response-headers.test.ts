import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';

/** The request frame's headers reach the answer both ways: on Node's outgoing message, and without a socket. */
describe('response headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimitPerMinute: 50, corsOrigins: ['https://shop.example'] });
  });
  afterAll(() => server.close());

  const expectFrame = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
    expect(headers.get('vary')).toContain('Origin');
    expect(headers.get('ratelimit-limit')).toBe('50');
  };

  it('over HTTP, on a REST answer the handler built itself, keeping its own headers', async () => {
    const res = await fetch(`${server.url}/api/categories`, {
      headers: { origin: 'https://shop.example', 'x-request-id': 'trace-123' },
    });
    expect(res.status).toBe(200);
    expectFrame(res.headers);
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('through app.request (no Node response to set them on)', async () => {
    const res = await server.app.request('/api/categories', { headers: { origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expectFrame(res.headers);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a request id that is not one is replaced, and another origin gets no CORS grant', async () => {
    const res = await fetch(`${server.url}/`, {
      headers: { origin: 'https://evil.example', 'x-request-id': 'bad id with spaces' },
    });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
