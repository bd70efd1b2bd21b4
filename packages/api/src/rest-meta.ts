import { AppError } from '@mercato/core';
import type { TRPCError } from '@trpc/server';
import type { Meta } from './meta';
import { appRouter } from './router';

type ProcedureMap = Record<string, { _def: { meta?: Meta; inputs: unknown[] } }>;
const procedures = appRouter._def.procedures as unknown as ProcedureMap;

/**
 * Status and headers for an answer: the success status a procedure declares
 * (201 for creations, REST only) and `Retry-After` on a rate-limited error.
 */
export function responseMetaFor(opts: { paths?: readonly string[]; errors: readonly TRPCError[]; rest: boolean }): {
  status?: number;
  headers?: Record<string, string>;
} {
  const error = opts.errors[0];
  if (error) {
    const cause = error.cause;
    if (cause instanceof AppError && cause.retryAfterSeconds !== undefined) {
      return { headers: { 'Retry-After': String(cause.retryAfterSeconds) } };
    }
    return {};
  }
  if (!opts.rest || opts.paths?.length !== 1) return {};
  const status = metaOf(opts.paths[0] ?? '')?.successStatus;
  return status ? { status } : {};
}

/** The meta of a procedure by its path ('auth.register'). */
export const metaOf = (path: string): Meta | undefined => procedures[path]?._def.meta;

/** Every REST route: method, a matcher of its path, and the procedure behind it. */
const routes = Object.entries(procedures).flatMap(([path, procedure]) => {
  const openapi = procedure._def.meta?.openapi;
  if (!openapi) return [];
  // As trpc-to-openapi matches: case-insensitive, path parameters are one segment.
  const pattern = normalizePath(openapi.path).replace(/\{(.+?)\}/g, '[^/]+');
  return [
    {
      method: openapi.method,
      matcher: new RegExp(`^${pattern}$`, 'i'),
      path,
      meta: procedure._def.meta ?? {},
      input: procedure._def.inputs[0],
    },
  ];
});

/** Every request resolves its procedure (405s, query conversion): only its method's routes are tried. */
const routesByMethod = new Map<string, typeof routes>();
for (const route of routes) routesByMethod.set(route.method, [...(routesByMethod.get(route.method) ?? []), route]);

/** Without leading and trailing slashes, as trpc-to-openapi compares paths. */
function normalizePath(path: string): string {
  return `/${path.replace(/^\/|\/$/g, '')}`;
}

/**
 * The procedure a REST request reaches (`restPath` without the /api prefix),
 * resolved the way the REST handler resolves it, so a rule read from the
 * procedure's meta cannot be bypassed by another spelling of the path.
 */
export function restProcedureOf(
  method: string,
  restPath: string,
): { path: string; meta: Meta; input: unknown } | undefined {
  const path = normalizePath(restPath);
  const route = routesByMethod.get(method.toUpperCase())?.find((r) => r.matcher.test(path));
  return route && { path: route.path, meta: route.meta, input: route.input };
}

/** The methods of the REST routes whose path matches `restPath` (for a 405's `Allow`). */
export function restMethodsOf(restPath: string): string[] {
  const path = normalizePath(restPath);
  return [...new Set(routes.filter((r) => r.matcher.test(path)).map((r) => r.method))];
}
