import { checkout, type Deps, payments } from '@mercato/core';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { errorResponse } from './errors';

/**
 * Stripe's webhook receiver. The signature is checked over the raw body
 * (never re-serialized JSON); the event's effect and its id commit in one
 * transaction, so Stripe's retries and replays change nothing. The answer
 * comes as soon as that commit is done: e-mails go through the queue.
 */
export function webhookRoutes(deps: Deps, logger: Logger): Hono {
  const app = new Hono();
  app.post('/stripe', async (c) => {
    const raw = await c.req.text();
    let event: ReturnType<Deps['payments']['parseWebhook']>;
    try {
      event = deps.payments.parseWebhook(raw, c.req.header('stripe-signature') ?? null);
    } catch (err) {
      if (err instanceof payments.WebhookSignatureError) {
        // Our own words (a bad signature, or a signed payload that is not a well-formed event): safe to say.
        return errorResponse(c, 400, 'BAD_REQUEST', err.message);
      }
      throw err;
    }
    const outcome = await checkout.applyPaymentEvent(deps, event);
    logger.info({ eventId: event.id, type: event.type, outcome }, 'payment event');
    return c.json({ received: true, outcome });
  });
  return app;
}
