import { randomBytes } from 'node:crypto';
import { type Db, type SimulatorSessionRow, simulatorSessions } from '@mercato/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import {
  type PaymentEvent,
  type PaymentGateway,
  PaymentProviderError,
  type ProviderSession,
  WebhookSignatureError,
} from './gateway';

/** The simulator's buttons: what a buyer can do on its checkout page. */
export type SimulatorOutcome = 'pay' | 'fail' | 'cancel';

export interface SimulatorGateway extends PaymentGateway {
  readonly provider: 'simulator';
  /** The session as its page shows it (lines included); null when unknown. */
  page(sessionId: string): Promise<SimulatorSessionRow | null>;
  /**
   * Applies a button and answers the event Stripe would send for it, for the
   * same code path that handles Stripe's webhooks; null when the session was
   * no longer open (a second click changes nothing).
   */
  act(sessionId: string, outcome: SimulatorOutcome): Promise<{ event: PaymentEvent; row: SimulatorSessionRow } | null>;
}

export const isSimulator = (gateway: PaymentGateway): gateway is SimulatorGateway => gateway.provider === 'simulator';

const token = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * An offline stand-in for Stripe Checkout, for development and demos: its
 * sessions live in PostgreSQL (so every process and a restart see them), its
 * checkout page is served by the app under /simulator/checkout/{id}, and its
 * outcomes become the same events Stripe sends.
 */
export function createSimulatorGateway(opts: { db: Db; publicUrl: string; now?: () => Date }): SimulatorGateway {
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const toSession = (row: SimulatorSessionRow): ProviderSession => ({
    id: row.id,
    url: `${opts.publicUrl}/simulator/checkout/${row.id}`,
    status: row.status,
    paymentStatus: row.paymentStatus,
    amountTotalCents: row.amountTotalCents,
    currency: row.currency,
    orderId: row.orderId,
    clientReferenceId: row.userId,
    paymentIntentId: row.paymentIntentId,
    expiresAt: row.expiresAt,
  });

  /** Like Stripe, an open session past its expiry is expired when anyone looks. */
  async function load(sessionId: string): Promise<SimulatorSessionRow | null> {
    await db
      .update(simulatorSessions)
      .set({ status: 'expired' })
      .where(
        and(
          eq(simulatorSessions.id, sessionId),
          eq(simulatorSessions.status, 'open'),
          lt(simulatorSessions.expiresAt, now()),
        ),
      );
    const [row] = await db.select().from(simulatorSessions).where(eq(simulatorSessions.id, sessionId));
    return row ?? null;
  }

  async function move(sessionId: string, set: Partial<SimulatorSessionRow>): Promise<SimulatorSessionRow | null> {
    const [row] = await db
      .update(simulatorSessions)
      .set(set)
      .where(and(eq(simulatorSessions.id, sessionId), eq(simulatorSessions.status, 'open')))
      .returning();
    return row ?? null;
  }

  const eventFor = (row: SimulatorSessionRow, type: string): PaymentEvent => ({
    id: `evt_sim_${row.id}_${type.split('.').at(-1)}`,
    type,
    session: toSession(row),
  });

  return {
    provider: 'simulator',
    async createCheckoutSession(input) {
      const [inserted] = await db
        .insert(simulatorSessions)
        .values({
          id: token('cs_sim'),
          idempotencyKey: input.idempotencyKey,
          orderId: input.orderId,
          userId: input.userId,
          amountTotalCents: input.amountTotalCents,
          currency: input.currency,
          lines: input.lines,
          successUrl: input.successUrl,
          cancelUrl: input.cancelUrl,
          expiresAt: input.expiresAt,
        })
        .onConflictDoNothing({ target: simulatorSessions.idempotencyKey })
        .returning();
      const row =
        inserted ??
        (
          await db.select().from(simulatorSessions).where(eq(simulatorSessions.idempotencyKey, input.idempotencyKey))
        )[0];
      if (!row) throw new PaymentProviderError('simulator session vanished', true);
      return toSession(row);
    },
    async retrieveCheckoutSession(sessionId) {
      const row = await load(sessionId);
      return row ? toSession(row) : null;
    },
    async expireCheckoutSession(sessionId) {
      const row = (await move(sessionId, { status: 'expired' })) ?? (await load(sessionId));
      if (!row) throw new PaymentProviderError('No such checkout session', false);
      return toSession(row);
    },
    async refund(input) {
      const [row] = await db
        .update(simulatorSessions)
        .set({ refundedCents: sql`${simulatorSessions.refundedCents} + ${input.amountCents}` })
        .where(
          and(
            eq(simulatorSessions.id, input.sessionId),
            eq(simulatorSessions.paymentStatus, 'paid'),
            sql`${simulatorSessions.refundedCents} + ${input.amountCents} <= ${simulatorSessions.amountTotalCents}`,
          ),
        )
        .returning();
      if (!row) {
        const [current] = await db.select().from(simulatorSessions).where(eq(simulatorSessions.id, input.sessionId));
        // Refunded already (a retried refund under the same order): answer as Stripe's idempotency would.
        if (current && current.refundedCents === current.amountTotalCents && current.paymentStatus === 'paid') {
          return { id: `re_sim_${current.id}`, status: 'succeeded', amountCents: input.amountCents };
        }
        throw new PaymentProviderError('The simulator session has nothing left to refund', false);
      }
      return { id: `re_sim_${row.id}`, status: 'succeeded', amountCents: input.amountCents };
    },
    parseWebhook() {
      throw new WebhookSignatureError('The payment simulator sends no webhooks');
    },
    page: load,
    async act(sessionId, outcome) {
      const current = await load(sessionId);
      if (current?.status !== 'open') return null;
      if (outcome === 'pay') {
        const row = await move(sessionId, {
          status: 'complete',
          paymentStatus: 'paid',
          paymentIntentId: token('pi_sim'),
        });
        return row ? { event: eventFor(row, 'checkout.session.completed'), row } : null;
      }
      const row = await move(sessionId, { status: 'expired' });
      if (!row) return null;
      return {
        event: eventFor(row, outcome === 'fail' ? 'checkout.session.async_payment_failed' : 'checkout.session.expired'),
        row,
      };
    },
  };
}
