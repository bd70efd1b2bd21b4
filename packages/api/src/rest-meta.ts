import { AppError } from '@mercato/core';
import type { TRPCError } from '@trpc/server';
import { appRouter } from './router';

type ProcedureMap = Record<string, { _def: { meta?: { successStatus?: number } } }>;

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
  const status = successStatusOf(opts.paths[0] ?? '');
  return status ? { status } : {};
}

/** The declared success status of a procedure ('auth.register'), when it is not 200. */
export function successStatusOf(path: string): number | undefined {
  return (appRouter._def.procedures as unknown as ProcedureMap)[path]?._def.meta?.successStatus;
}
