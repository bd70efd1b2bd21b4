export { isPoolTimeout } from '@mercato/db';

/** The error codes a domain function may raise; the API maps each to its HTTP status. */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'PAYMENT_REQUIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'BAD_GATEWAY'
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);

/** Every database connection stayed busy for as long as a request may wait: a 503 to retry, not a fault. */
export const databaseBusy = () => new AppError('SERVICE_UNAVAILABLE', 'The service is busy; try again in a moment', 1);

/** Input that is well-formed but names something that does not exist: a 400 whose `issues` name the field. */
export class FieldError extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super('BAD_REQUEST', message);
  }
}
