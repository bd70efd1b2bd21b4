import { trpcServer } from '@hono/trpc-server';
import { appRouter, createContextInner, responseMetaFor, type Context as TrpcContext } from '@mercato/api';
import type { Deps } from '@mercato/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { type InternalErrorHook, isFault } from './faults';
import { createRestHandler } from './rest-adapter';

const contextFor = (deps: Deps, c: Context<AppEnv>): TrpcContext =>
  createContextInner({
    deps,
    requestId: c.get('requestId'),
    clientIp: c.get('clientIp'),
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
      if (isFault(error)) onInternalError(error.cause ?? error, path);
    },
  });
  return (c, next) => {
    if (c.req.method === 'HEAD') c.req.raw = new Request(c.req.raw, { method: 'GET' });
    return handle(c, next);
  };
};

/** The same procedures as REST routes under /api, per their openapi meta. */
export const restHandler = (deps: Deps, onInternalError: InternalErrorHook) =>
  createRestHandler<Context<AppEnv>>({
    endpoint: '/api',
    router: appRouter,
    createContext: (c) => contextFor(deps, c),
    onInternalError,
  });
