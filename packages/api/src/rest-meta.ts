import { AppError } from '@mercato/core';
import type { AnyProcedure, TRPCError } from '@trpc/server';
import type { Meta } from './meta';
import { inputShapeOf, type RestInputShape } from './rest-input-shape';
import { appRouter } from './router';

type ProcedureMap = Record<string, AnyProcedure & { _def: { meta?: Meta; inputs: unknown[] } }>;
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

/** A REST route: its method, a matcher of its path (path parameters as named groups) and the procedure behind it. */
export interface RestRoute {
  method: string;
  matcher: RegExp;
  /** The procedure's path ('products.byId'). */
  path: string;
  meta: Meta;
  input: unknown;
  procedure: AnyProcedure;
  /** What the REST adapter needs of the input schema, worked out once. */
  shape: RestInputShape;
}

const routes: RestRoute[] = Object.entries(procedures).flatMap(([path, procedure]) => {
  const openapi = procedure._def.meta?.openapi;
  if (!openapi) return [];
  // Merged inputs would need the merge trpc-to-openapi's document does; no REST procedure has them.
  if (procedure._def.inputs.length > 1) throw new Error(`${path}: a REST procedure takes one input schema`);
  // As trpc-to-openapi matches: case-insensitive, path parameters are one segment.
  const pattern = normalizePath(openapi.path).replace(/\{(.+?)\}/g, (_, key) => `(?<${key}>[^/]+)`);
  return [
    {
      method: openapi.method,
      matcher: new RegExp(`^${pattern}$`, 'i'),
      path,
      meta: procedure._def.meta ?? {},
      input: procedure._def.inputs[0],
      procedure,
      shape: inputShapeOf(procedure._def.inputs[0]),
    },
  ];
});

/** Every request resolves its procedure (405s, the REST adapter): only its method's routes are tried. */
const routesByMethod = new Map<string, RestRoute[]>();
for (const route of routes) routesByMethod.set(route.method, [...(routesByMethod.get(route.method) ?? []), route]);

/** Without leading and trailing slashes, as trpc-to-openapi compares paths. */
function normalizePath(path: string): string {
  return `/${path.replace(/^\/|\/$/g, '')}`;
}

/** The route a REST request reaches and its path parameters (raw, as they are in the URL). */
export function restRouteOf(
  method: string,
  restPath: string,
): { route: RestRoute; params: Record<string, string> } | undefined {
  const path = normalizePath(restPath);
  const list = routesByMethod.get(method.toUpperCase());
  if (!list) return undefined;
  for (const route of list) {
    const match = route.matcher.exec(path);
    if (match) return { route, params: match.groups ?? {} };
  }
  return undefined;
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
  const route = restRouteOf(method, restPath)?.route;
  return route && { path: route.path, meta: route.meta, input: route.input };
}

/** The methods of the REST routes whose path matches `restPath` (for a 405's `Allow`). */
export function restMethodsOf(restPath: string): string[] {
  const path = normalizePath(restPath);
  return [...new Set(routes.filter((r) => r.matcher.test(path)).map((r) => r.method))];
}
