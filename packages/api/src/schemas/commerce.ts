import { orders } from '@mercato/core';
import { z } from 'zod';
import { productOutput } from './catalog';
import { optionalInput, pageInput } from './common';
import { httpUrl, strictInt, text } from './text';

const money = (what: string) => z.number().int().describe(`${what}, in minor units of \`currency\``);
const currency = z.string().describe('Lower-case ISO 4217 code');

export const cartLineOutput = z
  .object({
    id: z.string().describe('The cart line id (for PUT/DELETE /cart/{itemId})'),
    productId: z.string(),
    quantity: z.number().int(),
    product: productOutput,
    lineTotalCents: money('Live unit price × quantity'),
    availability: z
      .enum(['in_stock', 'short', 'unavailable'])
      .describe('short: fewer units are available than asked; unavailable: deleted or sold out'),
  })
  .meta({ id: 'CartLine' });

export const cartOutput = z
  .object({
    items: z.array(cartLineOutput),
    subtotalCents: money('Sum of the lines that can be bought now'),
    currency,
    checkoutReady: z.boolean().describe('Every line is in stock: checkout would not refuse it for stock'),
  })
  .meta({ id: 'Cart' });

const quantity = strictInt(1, 10_000).describe('Units, >= 1 (at most MAX_LINE_QUANTITY per line, default 100)');

export const addToCartInput = z.object({ productId: z.string().max(100), quantity });
export const setCartQuantityInput = z.object({ itemId: z.string(), quantity });
export const cartItemPath = z.object({ itemId: z.string() });

export const addressSchema = z
  .object({
    name: text(1, 200, { trim: true }),
    line1: text(1, 200, { trim: true }),
    line2: text(0, 200, { trim: true }).nullish(),
    city: text(1, 100, { trim: true }),
    postalCode: text(1, 20, { trim: true }),
    state: text(0, 100, { trim: true }).nullish(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'ISO 3166-1 alpha-2 country code')
      .transform((c) => c.toUpperCase()),
  })
  .meta({ id: 'AddressInput' });

export const addressOutput = z
  .object({
    name: z.string(),
    line1: z.string(),
    line2: z.string().nullish(),
    city: z.string(),
    postalCode: z.string(),
    state: z.string().nullish(),
    country: z.string().describe('ISO 3166-1 alpha-2, upper case'),
  })
  .meta({ id: 'Address' });

const returnUrl = httpUrl.describe('Absolute http(s) URL; `{CHECKOUT_SESSION_ID}` is replaced by the session id');

export const createSessionInput = z
  .object({
    successUrl: returnUrl.optional(),
    cancelUrl: returnUrl.optional(),
    success_url: returnUrl.optional().describe('Alias of successUrl'),
    cancel_url: returnUrl.optional().describe('Alias of cancelUrl'),
    address: addressSchema,
  })
  .superRefine((v, ctx) => {
    if (!v.successUrl && !v.success_url) ctx.addIssue({ code: 'custom', path: ['successUrl'], message: 'Required' });
    if (!v.cancelUrl && !v.cancel_url) ctx.addIssue({ code: 'custom', path: ['cancelUrl'], message: 'Required' });
  })
  .transform(({ successUrl, cancelUrl, success_url, cancel_url, address }) => ({
    successUrl: (successUrl ?? success_url) as string,
    cancelUrl: (cancelUrl ?? cancel_url) as string,
    address,
  }));

export const checkoutSessionOutput = z
  .object({
    sessionId: z.string(),
    url: z.string().describe('Where the buyer pays'),
    orderId: z.string(),
    amountTotalCents: money('The order total'),
    currency,
    expiresAt: z.string().describe('ISO 8601: the end of the stock hold and of the session'),
  })
  .meta({ id: 'CheckoutSession' });

const sessionId = z.string().min(1).max(255);

export const sessionIdInput = z
  .object({ sessionId: sessionId.optional(), session_id: sessionId.optional().describe('Alias of sessionId') })
  .refine((v) => v.sessionId ?? v.session_id, { message: 'Required', path: ['sessionId'] })
  .transform((v) => ({ sessionId: (v.sessionId ?? v.session_id) as string }));

export const sessionPath = z.object({ sessionId });

export const sessionStateOutput = z
  .object({
    sessionId: z.string(),
    status: z.enum(['open', 'complete', 'expired']),
    paymentStatus: z.enum(['paid', 'unpaid', 'no_payment_required']),
    amountTotalCents: money('The session total'),
    currency,
    orderId: z.string(),
  })
  .meta({ id: 'CheckoutSessionState' });

export const orderStatusSchema = z.enum(orders.ORDER_STATUSES);

export const orderOutput = z
  .object({
    id: z.string(),
    userId: z.string(),
    status: orderStatusSchema,
    paymentStatus: z.enum(['pending', 'paid', 'failed', 'refunded']),
    items: z.array(
      z.object({
        productId: z.string(),
        name: z.string().describe('As it was when the order was placed'),
        unitPriceCents: money('Unit price when the order was placed'),
        quantity: z.number().int(),
        lineTotalCents: money('unitPriceCents × quantity'),
      }),
    ),
    totalCents: money('The order total'),
    currency,
    address: addressOutput,
    stripeSessionId: z.string().nullable().describe('The payment provider’s checkout session id'),
    trackingNumber: z.string().nullable(),
    holdExpiresAt: z.string().describe('ISO 8601: until when a pending order holds its stock'),
    createdAt: z.string(),
    updatedAt: z.string(),
    paidAt: z.string().nullable(),
  })
  .meta({ id: 'Order' });

export const listOrdersInput = optionalInput(
  z.object({
    ...pageInput,
    status: orderStatusSchema.optional(),
    scope: z
      .enum(['mine', 'all'])
      .optional()
      .describe('all: every user’s orders, as GET /admin/orders (admin only; 403 otherwise). Default mine'),
  }),
);
export const adminListOrdersInput = optionalInput(
  z.object({
    ...pageInput,
    status: orderStatusSchema.optional(),
    userId: z.string().max(100).optional(),
  }),
);
export const orderPath = z.object({ orderId: z.string() });
export const createOrderInput = z.object({ address: addressSchema });
export const changeStatusInput = z.object({
  orderId: z.string(),
  status: orderStatusSchema,
  trackingNumber: text(1, 100, { trim: true }).nullish(),
});
