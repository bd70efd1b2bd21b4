import { AppError, isPoolTimeout } from '@mercato/core';
import type { TRPCError } from '@trpc/server';
import type { Logger } from 'pino';
import { loggableError } from './loggable-error';

/** Logs a request's fault (what answered 500 or 503), by where it happened. */
export type InternalErrorHook = (error: unknown, path: string | undefined) => void;

/** The errors the server answers for itself (500, and 503 when the database is busy): the operators' to see. */
export const isFault = (error: TRPCError): boolean =>
  error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'SERVICE_UNAVAILABLE';

/** A busy database is a warning (the pool is too small for the load), any other fault an error. */
export function faultLogger(logger: Logger): InternalErrorHook {
  return (error, path) => {
    const busy = isPoolTimeout(error) || (error instanceof AppError && error.code === 'SERVICE_UNAVAILABLE');
    if (busy) logger.warn({ path }, 'database busy: no connection came free in time (503)');
    else logger.error({ err: loggableError(error), path }, 'internal error');
  };
}
