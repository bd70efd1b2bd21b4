import { products, type Tx } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { live } from './product';

/** Reviews attach only to live products; a deleted, unknown or malformed one is 404. */
export async function requireLiveProduct(
  db: Tx,
  productId: string,
  opts: { lock?: boolean } = {},
): Promise<{ sellerId: string }> {
  if (!isId(productId)) throw notFound('Product');
  const query = db
    .select({ sellerId: products.sellerId })
    .from(products)
    .where(and(eq(products.id, productId), live));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw notFound('Product');
  return row;
}
