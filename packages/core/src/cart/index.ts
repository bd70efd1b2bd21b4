export {
  addToCart,
  type Cart,
  type CartLimits,
  type CartLine,
  type CartLineAvailability,
  getCart,
  removeFromCart,
  removePurchased,
  setCartQuantity,
} from './service';
