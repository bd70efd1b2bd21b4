import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  completeSession,
  createRefund,
  createSession,
  expireSession,
  type FakeState,
  getSession,
  newId,
  nowSeconds,
  StripeFakeError,
  settleAsync,
} from './api';
import { type FormObject, parseForm } from './form';
import type { StripeFake, StripeFakeEndpoint, StripeFakeOptions, StripeFakeRequest } from './types';

export type * from './types';

export const STRIPE_FAKE_API_VERSION = '2026-10-28.endive';

const routes: { method: string; re: RegExp; endpoint: StripeFakeEndpoint }[] = [
  { method: 'POST', re: /^\/v1\/checkout\/sessions$/, endpoint: 'checkout.sessions.create' },
  { method: 'GET', re: /^\/v1\/checkout\/sessions\/([^/]+)$/, endpoint: 'checkout.sessions.retrieve' },
  { method: 'POST', re: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, endpoint: 'checkout.sessions.expire' },
  { method: 'POST', re: /^\/v1\/refunds$/, endpoint: 'refunds.create' },
];

const injectedError = (status: number) =>
  status === 402
    ? new StripeFakeError(402, 'card_error', 'Your card was declined.', 'card_declined')
    : status === 429
      ? new StripeFakeError(429, 'invalid_request_error', 'Too many requests in a period of time.', 'rate_limit')
      : new StripeFakeError(status, 'api_error', 'An unknown error occurred while processing the request.');

/** Sorted-key JSON, so the same parameters in another order are the same request. */
const canonical = (v: unknown): string =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : JSON.stringify(v);

/**
 * A Stripe-compatible API server for tests, on a free loopback port, that the
 * real `stripe` SDK talks to (form-encoded requests, Stripe's JSON objects and
 * errors, Idempotency-Key), plus controls to play the buyer and Stripe itself.
 */
export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const state: FakeState = { sessions: new Map(), charges: new Map(), refunds: new Map() };
  const requests: StripeFakeRequest[] = [];
  const failures: { endpoint: StripeFakeEndpoint | '*'; status: number; hang: boolean; times: number }[] = [];
  const idempotent = new Map<string, { fingerprint: string; status: number; body: string }>();
  const minExpiresInSeconds = options.minExpiresInSeconds ?? 30 * 60;
  let baseUrl = '';

  function authError(header: string | undefined): StripeFakeError | null {
    const key = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!key)
      return new StripeFakeError(
        401,
        'invalid_request_error',
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      );
    if (!key.startsWith('sk_test_') || (options.secretKey !== undefined && key !== options.secretKey))
      return new StripeFakeError(
        401,
        'invalid_request_error',
        `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`,
      );
    return null;
  }

  function handle(endpoint: StripeFakeEndpoint, id: string | undefined, params: FormObject): unknown {
    switch (endpoint) {
      case 'checkout.sessions.create':
        return createSession(state, params, { baseUrl, minExpiresInSeconds });
      case 'checkout.sessions.retrieve':
        return getSession(state, id as string);
      case 'checkout.sessions.expire':
        return expireSession(getSession(state, id as string));
      case 'refunds.create':
        return createRefund(state, params);
    }
  }

  type Answer = { status: number; body: string; headers?: Record<string, string> } | 'hang';
  const error = (e: StripeFakeError, headers?: Record<string, string>): Answer => ({
    status: e.status,
    body: JSON.stringify(e),
    headers,
  });

  function answer(
    method: string,
    path: string,
    headers: IncomingMessage['headers'],
    params: FormObject | StripeFakeError,
    entry: StripeFakeRequest,
  ): Answer {
    const auth = authError(headers.authorization);
    if (auth) return error(auth);
    const route = routes.find((r) => r.method === method && r.re.test(path));
    if (!route)
      return error(new StripeFakeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`));
    const failure = failures.find((f) => f.endpoint === '*' || f.endpoint === route.endpoint);
    if (failure) {
      if (--failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
      return failure.hang ? 'hang' : error(injectedError(failure.status));
    }
    if (params instanceof StripeFakeError) return error(params);

    const key = entry.idempotencyKey;
    const echo: Record<string, string> = key ? { 'Idempotency-Key': key } : {};
    const fingerprint = `${method} ${path} ${canonical(params)}`;
    const storeKey = key ? `${headers.authorization}\n${key}` : null;
    const stored = storeKey ? idempotent.get(storeKey) : undefined;
    if (stored) {
      if (stored.fingerprint !== fingerprint)
        return error(
          new StripeFakeError(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          ),
          echo,
        );
      entry.replayed = true;
      return { status: stored.status, body: stored.body, headers: { ...echo, 'Idempotent-Replayed': 'true' } };
    }
    let result: { status: number; body: string };
    try {
      const id = route.re.exec(path)?.[1];
      result = { status: 200, body: JSON.stringify(handle(route.endpoint, id && decodeURIComponent(id), params)) };
    } catch (e) {
      if (!(e instanceof StripeFakeError)) throw e;
      // Stripe keeps no answer for a request whose parameters failed validation.
      if (e.validation) return error(e, echo);
      result = { status: e.status, body: JSON.stringify(e) };
    }
    if (storeKey) idempotent.set(storeKey, { fingerprint, ...result });
    return { ...result, headers: echo };
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';

    if (method === 'GET' && url.pathname.startsWith('/pay/')) {
      const s = state.sessions.get(decodeURIComponent(url.pathname.slice(5)));
      res.writeHead(s ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>stripe-fake checkout</title><p>${s ? `${s.id}: ${s.status}` : 'Not found'}</p>`);
      return;
    }

    let params: FormObject | StripeFakeError;
    try {
      params = parseForm(method === 'GET' ? url.search.slice(1) : Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      params = new StripeFakeError(400, 'invalid_request_error', (e as Error).message);
    }
    const key = req.headers['idempotency-key'];
    const entry: StripeFakeRequest = {
      method,
      path: url.pathname,
      endpoint: routes.find((r) => r.method === method && r.re.test(url.pathname))?.endpoint ?? null,
      params: params instanceof StripeFakeError ? {} : params,
      idempotencyKey: method === 'POST' && typeof key === 'string' ? key : null,
      status: 0,
      replayed: false,
    };
    requests.push(entry);
    const a = answer(method, url.pathname, req.headers, params, entry);
    if (a === 'hang') {
      entry.status = 'hang';
      return;
    }
    entry.status = a.status;
    const version = req.headers['stripe-version'];
    res.writeHead(a.status, {
      'Content-Type': 'application/json',
      'Request-Id': newId('req_', 14),
      'Stripe-Version': typeof version === 'string' ? version : STRIPE_FAKE_API_VERSION,
      ...a.headers,
    });
    res.end(a.body);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      const err = new StripeFakeError(500, 'api_error', `stripe-fake: ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const sign = (payload: string, secret: string, timestamp = nowSeconds()) =>
    `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex')}`;

  return {
    url: baseUrl,
    host: '127.0.0.1',
    port,
    requests,
    sessions: state.sessions,
    refunds: state.refunds,
    pay: (id) => completeSession(state, id, true),
    completeUnpaid: (id) => completeSession(state, id, false),
    asyncSucceed: (id) => settleAsync(state, id, true),
    asyncFail: (id) => settleAsync(state, id, false),
    expire(id) {
      const s = state.sessions.get(id);
      if (!s) throw new Error(`stripe-fake: no session ${id}`);
      return expireSession(s);
    },
    charge(paymentIntentId) {
      const c = state.charges.get(paymentIntentId);
      if (!c) throw new Error(`stripe-fake: no charge for ${paymentIntentId}`);
      return c;
    },
    event: (type, object) => ({
      id: newId('evt_'),
      object: 'event',
      api_version: STRIPE_FAKE_API_VERSION,
      created: nowSeconds(),
      // A snapshot, as Stripe sends the object as it was when the event happened.
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }),
    sign,
    async deliver(url, event, { secret, timestamp, signature }) {
      // Stripe sends its events pretty-printed; the signature covers these exact bytes.
      const payload = JSON.stringify(event, null, 2);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      };
      const sig = signature === undefined ? sign(payload, secret, timestamp) : signature;
      if (sig !== null) headers['Stripe-Signature'] = sig;
      const res = await fetch(url, { method: 'POST', headers, body: payload });
      return { status: res.status, body: await res.text() };
    },
    failNext(endpoint, { status = 500, hang = false, times = 1 } = {}) {
      failures.push({ endpoint, status, hang, times });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
