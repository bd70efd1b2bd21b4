export {
  type Category,
  categoryNameKey,
  createCategory,
  getCategory,
  listCategories,
  slugify,
  updateCategory,
} from './categories';
export { DEMO_CATEGORIES, DEMO_PRODUCTS } from './demo-data';
export { type GeneratedProduct, generatedProduct } from './generated-products';
export { PRODUCT_SORTS, type ProductData, type ProductSort } from './product';
export {
  type Actor,
  adjustStock,
  createProduct,
  deleteProduct,
  getProduct,
  listProducts,
  type ProductInput,
  updateProduct,
} from './products';
export { planSearch, type SearchInput, type SearchPlan, searchProducts } from './search';
export { parseSearchText } from './search-text';
export { DEMO_SELLER_EMAIL, ensureDemoSeller, seedDemoCatalog } from './seed';
export { type SeedPhase, seedProducts } from './seed-products';
