/**
 * Who may call each REST route: the authorization matrix. Every operation of
 * /api/openapi.json must have a row here (security-matrix.test.ts fails on a
 * route without one, or a row without a route), so a new route cannot ship
 * without saying who may call it.
 *
 * - public: anyone, no token needed;
 * - user: any signed-in account (401 without a token);
 * - seller: sellers and admins (401 anonymous, 403 customer);
 * - admin: admins only (401 anonymous, 403 customer and seller).
 */
export type Access = 'public' | 'user' | 'seller' | 'admin';
export type Role = 'anonymous' | 'customer' | 'seller' | 'admin';
export const ROLES: Role[] = ['anonymous', 'customer', 'seller', 'admin'];

export const ACCESS: Record<string, Access> = {
  'POST /users/register': 'public',
  'POST /users/login': 'public',
  'POST /users/refresh': 'public',
  'POST /users/logout': 'public',
  'GET /users/me': 'user',
  'GET /users': 'admin',
  'PATCH /users/{id}/role': 'admin',
  'PATCH /users/{id}': 'admin',
  'GET /categories': 'public',
  'POST /categories': 'admin',
  'GET /categories/{id}': 'public',
  'PUT /categories/{id}': 'admin',
  'GET /products': 'public',
  'POST /products': 'seller',
  'GET /products/{id}': 'public',
  'PUT /products/{id}': 'seller',
  'DELETE /products/{id}': 'seller',
  'GET /search': 'public',
  'POST /wishlist': 'user',
  'GET /wishlist': 'user',
  'DELETE /wishlist/{productId}': 'user',
  'POST /ratings': 'user',
  'GET /products/{id}/ratings': 'public',
  'POST /comments': 'user',
  'GET /products/{id}/comments': 'public',
  'GET /cart': 'user',
  'POST /cart': 'user',
  'PUT /cart/{itemId}': 'user',
  'DELETE /cart/{itemId}': 'user',
  'POST /checkout/create-session': 'user',
  'POST /checkout/confirm-payment': 'user',
  'GET /checkout/session/{sessionId}': 'user',
  'GET /checkout/suggestions': 'user',
  'GET /orders': 'user',
  'GET /orders/{orderId}': 'user',
  'POST /orders': 'user',
  'GET /admin/orders': 'admin',
  'PATCH /orders/{orderId}/status': 'admin',
  'POST /orders/{orderId}/refund': 'admin',
  'GET /admin/jobs/failed': 'admin',
};

/** The answer a role must get from a route: refused (401/403), or let through to the procedure. */
export function expectedFor(access: Access, role: Role): 401 | 403 | 'allowed' {
  if (access === 'public') return 'allowed';
  if (role === 'anonymous') return 401;
  if (access === 'user') return 'allowed';
  if (access === 'seller') return role === 'customer' ? 403 : 'allowed';
  return role === 'admin' ? 'allowed' : 403;
}
