export { addToWishlist, listWishlist, removeFromWishlist, type WishlistItem } from './service';
