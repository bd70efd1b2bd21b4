import type { Tx } from '@mercato/db';
import { AppError } from '../shared/errors';
import { clearRateLimit, hitRateLimit, refundRateLimit } from '../shared/rate-limit';
import { type AuthConfig, LOGIN_EMAIL_FACTOR, LOGIN_FAILURE_WINDOW_MS, LOGIN_IP_FACTOR } from './config';

export interface LoginReservation {
  /** The password was right: the attempt was not a failure. */
  succeeded(): Promise<void>;
}

/**
 * Reserves one login attempt *before* the password is verified, so at most the
 * allowance is ever verified per window, however many requests (or tRPC batch
 * calls, or processes) race. Each counter is one atomic increment-and-return;
 * a later counter is only touched when the earlier ones allowed the attempt,
 * so attempts refused at one address never eat into the e-mail's ceiling.
 *
 * - per (e-mail, address): `loginMaxFailures` — what one attacker gets;
 * - per address, any e-mail: 5× that — password spraying from one place;
 * - per e-mail, all addresses: 10× that — distributed guessing stays capped.
 *   The trade-off: an attacker with many addresses can still lock an owner out
 *   by spending that higher ceiling; one attacker elsewhere cannot.
 */
export async function reserveLoginAttempt(
  db: Tx,
  cfg: AuthConfig,
  email: string,
  clientIp: string,
  now: Date,
): Promise<LoginReservation> {
  const max = cfg.loginMaxFailures;
  const pairKey = `login-failures:pair:${clientIp}:${email}`;
  const ipKey = `login-failures:ip:${clientIp}`;
  const emailKey = `login-failures:email:${email}`;
  const counters: [string, number][] = [
    [pairKey, max],
    [ipKey, max * LOGIN_IP_FACTOR],
    [emailKey, max * LOGIN_EMAIL_FACTOR],
  ];
  for (const [key, limit] of counters) {
    const hit = await hitRateLimit(db, key, limit, LOGIN_FAILURE_WINDOW_MS, now);
    if (!hit.allowed) {
      throw new AppError('TOO_MANY_REQUESTS', 'Too many failed logins; try again later', hit.retryAfterSeconds);
    }
  }
  return {
    async succeeded() {
      // The owner from this address starts afresh; the shared counters get this attempt back.
      await Promise.all([
        clearRateLimit(db, pairKey),
        refundRateLimit(db, ipKey, LOGIN_FAILURE_WINDOW_MS, now),
        refundRateLimit(db, emailKey, LOGIN_FAILURE_WINDOW_MS, now),
      ]);
    },
  };
}
