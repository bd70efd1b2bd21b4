// One namespace per domain (each folder's index.ts is its public face); the
// cross-cutting tools of shared/ and the dependency types are exported flat.
export * as auth from './auth/index';
export * as catalog from './catalog/index';
export type { CoreConfig, Deps } from './deps';
export * as jobs from './jobs/index';
export * as mail from './mail/index';
export * as reviews from './reviews/index';
export * from './shared/errors';
export * from './shared/idempotency';
export * from './shared/ids';
export * from './shared/keyset';
export * from './shared/limits';
export * from './shared/pagination';
export * from './shared/rate-limit';
export * as users from './users/index';
export * as wishlist from './wishlist/index';
