export * from './checkout-fixtures';
export * from './database';
export * from './http';
export * from './pg-url';
export * from './smtp-sink';
export * from './stripe-fake';
