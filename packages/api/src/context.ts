import type { Deps } from '@mercato/core';

declare const opaque: unique symbol;
/**
 * The dependencies as the router *type* sees them: a brand with no members, so
 * the published client's declarations never mention drizzle or pg. Procedures
 * get the real `Deps` from the `withDeps` middleware.
 */
export interface OpaqueDeps {
  readonly [opaque]: true;
}

export interface Context {
  deps: OpaqueDeps;
  requestId: string;
  clientIp: string;
  authorization: string | null;
}

export function createContextInner(opts: {
  deps: Deps;
  requestId?: string;
  clientIp?: string;
  authorization?: string | null;
}): Context {
  return {
    deps: opts.deps as unknown as OpaqueDeps,
    requestId: opts.requestId ?? 'internal',
    clientIp: opts.clientIp ?? 'unknown',
    authorization: opts.authorization ?? null,
  };
}

export const unwrapDeps = (deps: OpaqueDeps): Deps => deps as unknown as Deps;
