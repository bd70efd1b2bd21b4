export * from './gateway';
export * from './simulator';
export * from './stripe';
