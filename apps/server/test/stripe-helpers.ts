import { payments } from '@mercato/core';
import { type StripeFake, type StripeFakeEvent, startStripeFake } from '@mercato/testing';
import { type CommerceSuite, startCommerceSuite } from './commerce-helpers';
import type { TestServerOptions } from './helpers';

export const STRIPE_KEY = 'sk_test_mercato_suite';
export const WEBHOOK_SECRET = 'whsec_mercato_suite';

export interface StripeSuite extends CommerceSuite {
  fake: StripeFake;
  /** Signs and posts an event to the server's webhook, as Stripe does. */
  deliver(
    event: StripeFakeEvent,
    opts?: { timestamp?: number; signature?: string | null },
  ): Promise<{ status: number; body: string }>;
  /** A checkout.session.* event for the fake's current state of a session. */
  sessionEvent(type: string, sessionId: string): StripeFakeEvent;
}

/** A commerce suite whose payments go through the real Stripe SDK to a local Stripe-compatible fake. */
export async function startStripeSuite(opts: TestServerOptions = {}): Promise<StripeSuite> {
  const fake = await startStripeFake({ secretKey: STRIPE_KEY });
  const suite = await startCommerceSuite({
    ...opts,
    payments: () =>
      payments.createStripeGateway({
        secretKey: STRIPE_KEY,
        webhookSecret: WEBHOOK_SECRET,
        apiBase: fake.url,
        timeoutMs: 5_000,
      }),
  });
  const webhookUrl = `${suite.server.url}/api/webhooks/stripe`;
  return {
    ...suite,
    fake,
    deliver: (event, o = {}) => fake.deliver(webhookUrl, event, { secret: WEBHOOK_SECRET, ...o }),
    sessionEvent: (type, sessionId) => {
      const session = fake.sessions.get(sessionId);
      if (!session) throw new Error(`unknown session ${sessionId}`);
      return fake.event(type, session);
    },
    close: async () => {
      await suite.close();
      await fake.close();
    },
  };
}
