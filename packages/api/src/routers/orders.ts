import { checkout, orders } from '@mercato/core';
import { TRPCError } from '@trpc/server';
import {
  adminListOrdersInput,
  changeStatusInput,
  createOrderInput,
  listOrdersInput,
  orderOutput,
  orderPath,
} from '../schemas/commerce';
import { pageOf } from '../schemas/common';
import { adminProcedure, authedProcedure, router } from '../trpc';

const tags = ['orders'];
const authError = { 401: 'Missing or invalid access token' };
const adminErrors = { ...authError, 403: 'Not an admin' };

export const ordersRouter = router({
  list: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/orders',
        tags,
        summary: 'The caller’s orders, newest first (every user’s with scope=all, for an admin)',
        errorResponses: { ...authError, 400: 'Invalid input or cursor', 403: 'scope=all from a non-admin' },
      },
    })
    .input(listOrdersInput)
    .output(pageOf(orderOutput))
    .query(({ ctx, input }) => {
      const { scope, ...page } = input;
      if (scope !== 'all') return orders.listOrders(ctx.db, { ...page, userId: ctx.user.id });
      if (ctx.user.role !== 'admin')
        throw new TRPCError({ code: 'FORBIDDEN', message: 'scope=all requires role admin' });
      return orders.listOrders(ctx.db, page);
    }),

  byId: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/orders/{orderId}',
        tags,
        summary: 'An order: the caller’s own, or any for an admin',
        errorResponses: { ...authError, 404: 'Unknown order, or another user’s' },
      },
    })
    .input(orderPath)
    .output(orderOutput)
    .query(({ ctx, input }) => orders.getOrder(ctx.db, ctx.user, input.orderId)),

  create: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/orders',
        tags,
        deprecated: true,
        summary: 'Deprecated: place a pending_payment order from the cart without a payment session',
        description:
          'Holds the stock like a checkout until CHECKOUT_TTL_MINUTES pass. Use POST /checkout/create-session, which also opens the payment.',
        errorResponses: {
          ...authError,
          400: 'Invalid input',
          409: 'Empty cart, not enough stock, or a line over MAX_LINE_QUANTITY',
          429: 'Too many open checkouts from this address',
        },
      },
      idempotent: true,
      successStatus: 201,
    })
    .input(createOrderInput)
    .output(orderOutput)
    .mutation(async ({ ctx, input }) => {
      const id = await checkout.createOrderFromCart(ctx.core, {
        userId: ctx.user.id,
        address: input.address,
        clientIp: ctx.clientIp,
      });
      return orders.loadOrder(ctx.db, id);
    }),

  adminList: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/admin/orders',
        tags,
        summary: 'Every user’s orders, newest first (admin)',
        errorResponses: { ...adminErrors, 400: 'Invalid input or cursor' },
      },
    })
    .input(adminListOrdersInput)
    .output(pageOf(orderOutput))
    .query(({ ctx, input }) => orders.listOrders(ctx.db, input)),

  updateStatus: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/orders/{orderId}/status',
        tags,
        summary: 'Move an order along: pending_payment→cancelled, paid→shipped, shipped→delivered (admin)',
        description: 'Shipping e-mails the buyer a shipping notice with the tracking number.',
        errorResponses: { ...adminErrors, 400: 'Invalid input', 404: 'Unknown order', 409: 'Illegal transition' },
      },
    })
    .input(changeStatusInput)
    .output(orderOutput)
    .mutation(({ ctx, input }) =>
      orders.changeOrderStatus(ctx.core, input.orderId, { status: input.status, trackingNumber: input.trackingNumber }),
    ),

  refund: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/orders/{orderId}/refund',
        tags,
        summary: 'Refund a paid order in full (admin): units back in stock, refund notice e-mailed',
        errorResponses: {
          ...adminErrors,
          404: 'Unknown order',
          409: 'The order has no payment to refund',
          502: 'The payment provider did not take the refund; nothing changed',
        },
      },
      idempotent: true,
    })
    .input(orderPath)
    .output(orderOutput)
    .mutation(({ ctx, input }) => orders.refundOrder(ctx.core, input.orderId)),
});
