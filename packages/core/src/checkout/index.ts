export { confirmPayment, type SessionState, sessionState } from './confirm';
export {
  type CheckoutSession,
  type CreateSessionInput,
  createCheckoutSession,
  createOrderFromCart,
  sessionIdempotencyKey,
} from './create-session';
export { type FinalizeOutcome, finalizePaidSession } from './finalize';
export { MAX_ORDER_TOTAL_CENTS } from './open-order';
export { applyPaymentEvent, type EventOutcome } from './payment-events';
export { type SweepResult, sweepExpiredHolds } from './sweeper';
