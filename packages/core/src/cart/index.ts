export {
  addToCart,
  type Cart,
  type CartLine,
  type CartLineAvailability,
  type CartSettings,
  getCart,
  removeFromCart,
  removePurchased,
  setCartQuantity,
} from './service';
