import { trpcServer } from '@hono/trpc-server';
import {
  appRouter,
  createContextInner,
  type ErrorIssue,
  responseMetaFor,
  type Context as TrpcContext,
} from '@mercato/api';
import type { Deps } from '@mercato/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { createRestHandler } from './rest-adapter';

export type InternalErrorHook = (error: unknown, path: string | undefined) => void;

const contextFor = (deps: Deps, c: Context<AppEnv>): TrpcContext =>
  createContextInner({
    deps,
    requestId: c.var.requestId,
    clientIp: c.var.clientIp,
    authorization: c.req.header('authorization') ?? null,
  });

/** The tRPC endpoint (batching on) at /trpc. HEAD is answered as its GET (tRPC alone would say 204 to any). */
export const trpcHandler = (deps: Deps, onInternalError: InternalErrorHook): MiddlewareHandler<AppEnv> => {
  const handle = trpcServer({
    endpoint: '/trpc',
    router: appRouter,
    createContext: (_opts, c) => contextFor(deps, c as Context<AppEnv>) as unknown as Record<string, unknown>,
    responseMeta: ({ paths, errors }) => responseMetaFor({ paths, errors, rest: false }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') onInternalError(error.cause ?? error, path);
    },
  });
  return (c, next) => {
    if (c.req.method === 'HEAD') c.req.raw = new Request(c.req.raw, { method: 'GET' });
    return handle(c, next);
  };
};

/** The same procedures as REST routes under /api, per their openapi meta. */
export const restHandler = (deps: Deps, onInternalError: InternalErrorHook) => {
  const handle = createRestHandler<Context<AppEnv>>({
    endpoint: '/api',
    router: appRouter,
    createContext: (c) => contextFor(deps, c),
    responseMeta: ({ paths, errors }) => responseMetaFor({ paths, errors, rest: true }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') onInternalError(error.cause ?? error, path);
    },
  });
  return async (c: Context<AppEnv>) => {
    const res = await handle(c.req.raw, c);
    return res.status >= 400 ? contractError(res, c.req.header('content-type')) : res;
  };
};

/** REST errors answer exactly `{ code, message, issues? }`, with the issues our error formatter made. */
async function contractError(res: Response, contentType: string | undefined): Promise<Response> {
  const body = (await res.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    data?: { issues?: ErrorIssue[] };
  };
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return Response.json(
    {
      code: body.code ?? 'INTERNAL_SERVER_ERROR',
      // trpc-to-openapi's own 415 message leaves its quote open.
      message:
        body.code === 'UNSUPPORTED_MEDIA_TYPE'
          ? contentType
            ? `Unsupported content-type "${contentType}": send application/json`
            : 'Missing content-type header: send application/json'
          : (body.message ?? 'Internal server error'),
      ...(body.data?.issues ? { issues: body.data.issues } : {}),
    },
    { status: res.status, headers },
  );
}
