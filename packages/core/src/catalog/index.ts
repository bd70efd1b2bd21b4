export { type Category, createCategory, getCategory, listCategories, updateCategory } from './categories';
export { categoryNameKey, slugify } from './category-name';
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
export { keyOfText, planSearch, type SearchInput, type SearchPlan, searchProducts } from './search';
export { SCAN_CAP } from './search-postings';
export { parseSearchText } from './search-text';
export { neighboursQuery } from './typos';
