import { checkout } from '@mercato/core';
import {
  checkoutSessionOutput,
  createSessionInput,
  orderOutput,
  sessionIdInput,
  sessionPath,
  sessionStateOutput,
} from '../schemas/commerce';
import { authedProcedure, router } from '../trpc';

const tags = ['checkout'];

export const checkoutRouter = router({
  createSession: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/checkout/create-session',
        tags,
        summary: 'Start a checkout: hold the cart’s stock in a pending_payment order and open a payment session',
        description:
          'The order keeps a snapshot of names, prices and quantities; its stock is held until `expiresAt` ' +
          '(CHECKOUT_TTL_MINUTES). A new checkout by the same user gives back the previous hold. ' +
          '`success_url` and `cancel_url` are accepted as aliases.',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          409: 'Empty cart, not enough stock, or a line over MAX_LINE_QUANTITY',
          429: 'Too many open checkouts from this address (CHECKOUT_HOLDS_PER_IP)',
          502: 'The payment provider failed; nothing is held or charged',
        },
      },
      idempotent: true,
    })
    .input(createSessionInput)
    .output(checkoutSessionOutput)
    .mutation(async ({ ctx, input }) =>
      checkout.createCheckoutSession(ctx.core, {
        userId: ctx.user.id,
        successUrl: input.successUrl,
        cancelUrl: input.cancelUrl,
        address: input.address,
        clientIp: ctx.clientIp,
      }),
    ),

  confirmPayment: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/checkout/confirm-payment',
        tags,
        summary: 'Confirm a payment with the provider and answer the paid order',
        description:
          'The provider is asked for the session; the caller’s word is never taken. `sessionId` (or `session_id`) ' +
          'may also be sent in the query string. Safe to repeat (a paid order is finalized once), so it takes no ' +
          'Idempotency-Key: a stored 402 would hide the payment from a client that polls.',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          402: 'The session is not paid yet',
          404: 'Unknown session, or another user’s',
          409: 'The checkout expired or was replaced before it was paid',
          502: 'The payment provider could not be asked',
        },
      },
      queryFields: ['sessionId', 'session_id'],
    })
    .input(sessionIdInput)
    .output(orderOutput)
    .mutation(async ({ ctx, input }) => checkout.confirmPayment(ctx.core, ctx.user.id, input.sessionId)),

  session: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/checkout/session/{sessionId}',
        tags,
        summary: 'A checkout session’s state, in Stripe’s words',
        errorResponses: {
          401: 'Missing or invalid access token',
          404: 'Unknown session, or another user’s',
          502: 'The payment provider could not be asked',
        },
      },
    })
    .input(sessionPath)
    .output(sessionStateOutput)
    .query(async ({ ctx, input }) => checkout.sessionState(ctx.core, ctx.user.id, input.sessionId)),
});
