import { cartItems, categories, orderItems, orders, products, type Tx } from '@mercato/db';
import { and, asc, eq, type Placeholder, sql } from 'drizzle-orm';
import { type ProductData, productFields, toProductData } from '../catalog/product';
import { AppError, FieldError, notFound } from '../shared/errors';
import { isId } from '../shared/ids';
import { preparedOn } from '../shared/prepared';

/**
 * in_stock: can be checked out as it is; short: fewer units are available
 * than the line asks for; unavailable: the product was deleted or sold out.
 */
export type CartLineAvailability = 'in_stock' | 'short' | 'unavailable';

export interface CartLine {
  id: string;
  productId: string;
  quantity: number;
  product: ProductData;
  lineTotalCents: number;
  availability: CartLineAvailability;
}

export interface Cart {
  items: CartLine[];
  currency: string;
  /** The lines that can be bought as they are, at today's prices. */
  subtotalCents: number;
  /** True when every line is in stock: create-session would not refuse it for stock. */
  checkoutReady: boolean;
}

/** The store currency and the line cap (from CoreConfig). */
export interface CartSettings {
  currency: string;
  maxLineQuantity: number;
}

/**
 * Units of the product that this user's own open checkout holds: they are
 * the user's to buy, and a new checkout gives them back before it takes.
 */
const ownHold = (userId: string | Placeholder) => sql<number>`coalesce((
  SELECT ${orderItems.quantity} FROM ${orderItems} JOIN ${orders} ON ${orders.id} = ${orderItems.orderId}
  WHERE ${orders.userId} = ${userId} AND ${orders.status} = 'pending_payment' AND ${orderItems.productId} = ${products.id}
), 0)::int`;

/** Every cart read runs this: a prepared statement (the user is its one parameter). */
function selectLines(db: Tx, userId: string) {
  const query = preparedOn(db, 'cart_lines', (d) =>
    d
      .select({
        ...productFields,
        lineId: cartItems.id,
        quantity: cartItems.quantity,
        deletedAt: products.deletedAt,
        available: sql<number>`${products.stock} + ${ownHold(sql.placeholder('userId'))}`,
      })
      .from(cartItems)
      .innerJoin(products, eq(products.id, cartItems.productId))
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(eq(cartItems.userId, sql.placeholder('userId')))
      .orderBy(asc(cartItems.createdAt), asc(cartItems.id))
      .prepare('cart_lines'),
  );
  return query.execute({ userId });
}

/** The cart with live prices and what each line can still get: `stock` is what open checkouts have not taken. */
export async function getCart(db: Tx, userId: string, currency: string): Promise<Cart> {
  const rows = await selectLines(db, userId);
  const items = rows.map((r): CartLine => {
    const availability: CartLineAvailability =
      r.deletedAt !== null || r.available === 0 ? 'unavailable' : r.available < r.quantity ? 'short' : 'in_stock';
    return {
      id: r.lineId,
      productId: r.id,
      quantity: r.quantity,
      product: toProductData(r, currency),
      lineTotalCents: r.priceCents * r.quantity,
      availability,
    };
  });
  const buyable = items.filter((i) => i.availability === 'in_stock');
  return {
    items,
    currency,
    subtotalCents: buyable.reduce((sum, i) => sum + i.lineTotalCents, 0),
    checkoutReady: items.length > 0 && buyable.length === items.length,
  };
}

async function availableTo(db: Tx, userId: string, productId: string): Promise<number> {
  if (!isId(productId)) throw notFound('Product');
  const [row] = await db
    .select({ stock: sql<number>`${products.stock} + ${ownHold(userId)}` })
    .from(products)
    .where(and(eq(products.id, productId), sql`${products.deletedAt} IS NULL`));
  if (!row) throw notFound('Product');
  return row.stock;
}

function checkQuantity(quantity: number, stock: number, limits: CartSettings): void {
  if (quantity > limits.maxLineQuantity) {
    throw new FieldError('quantity', `At most ${limits.maxLineQuantity} units of one product per order`);
  }
  if (quantity > stock) {
    throw new AppError('CONFLICT', stock === 0 ? 'Out of stock' : `Only ${stock} available`);
  }
}

/** Adds to the line of that product (one row per product), checked against the available stock. */
export async function addToCart(
  db: Tx,
  userId: string,
  input: { productId: string; quantity: number },
  settings: CartSettings,
  now: Date = new Date(),
): Promise<Cart> {
  return db.transaction(async (tx) => {
    const stock = await availableTo(tx, userId, input.productId);
    const [row] = await tx
      .insert(cartItems)
      .values({ userId, productId: input.productId, quantity: input.quantity, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [cartItems.userId, cartItems.productId],
        set: { quantity: sql`${cartItems.quantity} + excluded.quantity`, updatedAt: now },
      })
      .returning({ quantity: cartItems.quantity });
    // Checked after the upsert, on the sum: the transaction rolls back when it is too much.
    checkQuantity(row?.quantity ?? input.quantity, stock, settings);
    return getCart(tx, userId, settings.currency);
  });
}

async function ownLine(db: Tx, userId: string, itemId: string): Promise<{ productId: string }> {
  if (!isId(itemId)) throw notFound('Cart item');
  const [row] = await db
    .select({ productId: cartItems.productId })
    .from(cartItems)
    .where(and(eq(cartItems.id, itemId), eq(cartItems.userId, userId)));
  // Another user's line is as unknown as a made-up one.
  if (!row) throw notFound('Cart item');
  return row;
}

export async function setCartQuantity(
  db: Tx,
  userId: string,
  itemId: string,
  quantity: number,
  settings: CartSettings,
  now: Date = new Date(),
): Promise<Cart> {
  const line = await ownLine(db, userId, itemId);
  checkQuantity(quantity, await availableTo(db, userId, line.productId), settings);
  await db
    .update(cartItems)
    .set({ quantity, updatedAt: now })
    .where(and(eq(cartItems.id, itemId), eq(cartItems.userId, userId)));
  return getCart(db, userId, settings.currency);
}

export async function removeFromCart(db: Tx, userId: string, itemId: string, currency: string): Promise<Cart> {
  await ownLine(db, userId, itemId);
  await db.delete(cartItems).where(and(eq(cartItems.id, itemId), eq(cartItems.userId, userId)));
  return getCart(db, userId, currency);
}

/**
 * Takes what an order bought out of its buyer's cart: a line drops by the
 * quantity bought (and goes when nothing is left), so units added to the cart
 * after the checkout started stay in it.
 */
export async function removePurchased(
  db: Tx,
  userId: string,
  lines: readonly { productId: string; quantity: number }[],
): Promise<void> {
  for (const line of lines) {
    await db
      .delete(cartItems)
      .where(
        and(
          eq(cartItems.userId, userId),
          eq(cartItems.productId, line.productId),
          sql`${cartItems.quantity} <= ${line.quantity}`,
        ),
      );
    await db
      .update(cartItems)
      .set({ quantity: sql`${cartItems.quantity} - ${line.quantity}` })
      .where(and(eq(cartItems.userId, userId), eq(cartItems.productId, line.productId)));
  }
}
