import { restQueryOf } from '@mercato/api';
import type { AnyRouter } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import type { NodeHTTPResponse } from '@trpc/server/adapters/node-http';
import {
  type CreateOpenApiNodeHttpHandlerOptions,
  createOpenApiNodeHttpHandler,
  type NodeHTTPRequest,
  type OpenApiRouter,
} from 'trpc-to-openapi';
import { methodOf } from './manners';

type NodeHandlerOptions = CreateOpenApiNodeHttpHandlerOptions<OpenApiRouter, NodeHTTPRequest, NodeHTTPResponse>;

const CONTEXT = Symbol('mercato.restContext');

/**
 * trpc-to-openapi's fetch adapter builds a new handler on every request (and,
 * outside production, regenerates the whole OpenAPI document each time). This
 * is the same adapter with the handler built once; the per-request context
 * travels on the request proxy.
 */
export function createRestHandler<TContext>(opts: {
  router: AnyRouter;
  endpoint: `/${string}`;
  createContext: (context: TContext) => unknown;
  responseMeta: NodeHandlerOptions['responseMeta'];
  onError: NodeHandlerOptions['onError'];
}): (request: Request, context: TContext) => Promise<Response> {
  const handler = createOpenApiNodeHttpHandler({
    router: opts.router as OpenApiRouter,
    createContext: ({ req }) => opts.createContext((req as unknown as Record<symbol, TContext>)[CONTEXT] as TContext),
    responseMeta: opts.responseMeta,
    onError: opts.onError,
  } satisfies NodeHandlerOptions);

  return async (request, context) => {
    const url = new URL(request.url);
    // Only the path loses the prefix: a host such as api.example.com keeps its "api".
    url.pathname = url.pathname.slice(opts.endpoint.length) || '/';
    // A read's input is its query: its body is never touched (that would build the full Request).
    const method = methodOf(request.method);
    const read = method === 'GET';
    // A POST with no body at all (`confirm-payment?session_id=…`) is an empty JSON object, not a 415.
    const length = read ? null : request.headers.get('content-length');
    const bodiless =
      !read &&
      !request.headers.has('content-type') &&
      (length === '0' || (length === null && !request.headers.has('transfer-encoding')));
    const headers = bodiless
      ? new Headers([...request.headers, ['content-type', 'application/json']])
      : request.headers;
    const body = read
      ? ({ ok: true, data: undefined } as const)
      : withQuery(bodiless ? { ok: true, data: {} } : await readBody(request), method, url);
    // GET and DELETE take their input from the query string, converted to the input's types.
    const query = hasBody(method) ? undefined : restQueryOf(method, url.pathname, url.searchParams);
    const req = new Proxy(request, {
      get(target, prop) {
        if (prop === CONTEXT) return context;
        if (prop === 'url') return url.toString();
        if (prop === 'method') return method;
        if (prop === 'headers') return headers;
        if (prop === 'query') return query;
        if (prop === 'body') {
          if (!body.ok) throw new TRPCError({ code: 'PARSE_ERROR', message: 'Request body is not valid JSON' });
          return body.data;
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return new Promise<Response>((resolve) => {
      const headers = new Headers();
      let statusCode = 200;
      const res = {
        setHeader: (key: string, value: string | string[]) => {
          if (typeof value === 'string') headers.set(key, value);
          else for (const v of value) headers.append(key, v);
        },
        get statusCode() {
          return statusCode;
        },
        set statusCode(code: number) {
          statusCode = code;
        },
        end: (payload?: string) => resolve(new Response(payload, { status: statusCode, headers })),
      };
      void handler(req as never, res as never);
    });
  };
}

/**
 * trpc-to-openapi reads a POST's input from its body only. Clients of the
 * API we replace send some inputs in the query string of a POST
 * (`confirm-payment?session_id=…`): those fill in what the body does not say.
 */
function withQuery(body: Awaited<ReturnType<typeof readBody>>, method: string, url: URL): typeof body {
  if (!body.ok || !hasBody(method) || url.search === '') return body;
  const data = body.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof ReadableStream) return body;
  return { ok: true, data: { ...Object.fromEntries(url.searchParams), ...data } };
}

/** As trpc-to-openapi decides: GET and DELETE read the query string, other methods the body. */
const hasBody = (method: string) => method !== 'GET' && method !== 'DELETE';

async function readBody(request: Request): Promise<{ ok: true; data: unknown } | { ok: false }> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const text = await request.text();
      return { ok: true, data: text ? JSON.parse(text) : undefined };
    }
    if (type.includes('application/x-www-form-urlencoded')) {
      const params = new URLSearchParams(await request.text());
      return { ok: true, data: Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)])) };
    }
    return { ok: true, data: request.body };
  } catch {
    return { ok: false };
  }
}
