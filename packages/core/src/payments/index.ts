export * from './gateway';
export * from './stripe';
