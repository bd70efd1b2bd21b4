export type { FakeCharge, FakeCheckoutSession, FakeRefund } from './stripe-fake/api';
export { type FormObject, type FormValue, parseForm } from './stripe-fake/form';
export * from './stripe-fake/server';
