export * from './catalog';
export * from './idempotency';
export * from './rate-limits';
export * from './reviews';
export * from './sessions';
export * from './users';
export * from './wishlist';
