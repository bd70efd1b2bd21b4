export {
  type Category,
  categoryNameKey,
  createCategory,
  getCategory,
  listCategories,
  slugify,
  updateCategory,
} from './categories';
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
