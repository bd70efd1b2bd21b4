/** A shipping address and return URLs that every checkout in tests and benchmarks can use. */
export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Row',
  city: 'London',
  postalCode: 'N1 7AA',
  country: 'gb',
};

export const RETURN_URLS = {
  successUrl: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}',
  cancelUrl: 'https://shop.example/cart',
};
