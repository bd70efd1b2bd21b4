import { type ErrorIssue, type RestRoute, responseMetaFor, restRouteOf } from '@mercato/api';
import { type AnyRouter, getTRPCErrorFromUnknown, getTRPCErrorShape, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isFault } from './faults';
import { methodOf } from './manners';
import { restInputOf, splitUrl } from './rest-input';

type CallProcedure = (opts: {
  ctx: unknown;
  path: string;
  type: string;
  getRawInput: () => Promise<unknown>;
  input: undefined;
  signal: undefined;
  batchIndex: number;
}) => Promise<unknown>;

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * The REST routes: the request's route is resolved once, its input built as
 * trpc-to-openapi built it, and its procedure called as tRPC's own callers
 * call it (every middleware, input and output validation). Errors answer the
 * contract's `{ code, message, issues? }` with the status tRPC gives the code.
 */
export function createRestHandler<TContext extends Context>(opts: {
  router: AnyRouter;
  endpoint: `/${string}`;
  createContext: (context: TContext) => unknown;
  onInternalError: (error: unknown, path: string | undefined) => void;
}): (c: TContext) => Promise<Response> {
  const config = opts.router._def._config;
  return async (c) => {
    const method = methodOf(c.req.method);
    const { path, query } = splitUrl(c.req.url);
    // Only the path loses the prefix: a host such as api.example.com keeps its "api".
    const found = restRouteOf(method, path.slice(opts.endpoint.length) || '/');
    const route = found?.route;
    let input: unknown;
    let ctx: unknown;
    try {
      if (!found || !route) throw new TRPCError({ code: 'NOT_FOUND', message: 'Not found' });
      input = await restInputOf(c.req.raw, method, route, found.params, query);
      ctx = opts.createContext(c);
      const data = await (route.procedure as unknown as CallProcedure)({
        ctx,
        path: route.path,
        type: route.procedure._def.type,
        getRawInput: async () => input,
        input: undefined,
        signal: undefined,
        batchIndex: 0,
      });
      const status = (route.meta.successStatus ?? 200) as ContentfulStatusCode;
      const text = JSON.stringify(data) as string | undefined;
      // An undefined answer is no body at all, as before.
      return text === undefined ? c.body(null, status, JSON_TYPE) : c.body(text, status, JSON_TYPE);
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      if (isFault(error)) opts.onInternalError(error.cause ?? error, route?.path);
      return errorAnswer(c, error, route, { config, input, ctx });
    }
  };
}

function errorAnswer(
  c: Context,
  error: TRPCError,
  route: RestRoute | undefined,
  call: { config: AnyRouter['_def']['_config']; input: unknown; ctx: unknown },
): Response {
  const type = route?.procedure._def.type ?? 'unknown';
  // Our errorFormatter says what the answer may say: never a stack, an internal error's message hidden.
  const shape = getTRPCErrorShape({ ...call, error, type, path: route?.path }) as {
    message: string;
    data?: { issues?: ErrorIssue[] };
  };
  const meta = responseMetaFor({ paths: route ? [route.path] : undefined, errors: [error], rest: true });
  const issues = shape.data?.issues;
  const body = { code: error.code, message: shape.message, ...(issues ? { issues } : {}) };
  const status = getHTTPStatusCodeFromError(error) as ContentfulStatusCode;
  return c.body(JSON.stringify(body), status, { ...JSON_TYPE, ...meta.headers });
}
