// One namespace per domain (each folder's index.ts is its public face); the
// cross-cutting tools of shared/ and the dependency types are exported flat.
export * as auth from './auth/index';
export * as cart from './cart/index';
export * as catalog from './catalog/index';
export * as checkout from './checkout/index';
export type { CheckoutConfig, CoreConfig, Deps, LogFn, LogLevel } from './deps';
export * as jobs from './jobs/index';
export * as mail from './mail/index';
export * as orders from './orders/index';
export * as payments from './payments/index';
export * as recommendations from './recommendations/index';
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
