// Demo and benchmark data: not part of the domain. Imported as
// `@mercato/core/seed` by the server's start-up, the seed CLI, the benchmark and tests.
export { seedDemoCatalog } from './demo-catalog';
export { DEMO_CATEGORIES, DEMO_PRODUCTS } from './demo-data';
export { type GeneratedProduct, generatedProduct } from './generated-products';
export { type SeedPhase, seedProducts } from './seed-products';
