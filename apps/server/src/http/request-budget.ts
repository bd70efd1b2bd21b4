import { leaseRateLimit, secondsLeftInWindow } from '@mercato/core';
import type { Db } from '@mercato/db';

export interface BudgetDecision {
  allowed: boolean;
  /** What this process knows is left of the key's budget in this window. */
  remaining: number;
  retryAfterSeconds: number;
}

interface Entry {
  window: number;
  /** Units this process has leased and not spent yet. */
  tokens: number;
  /** The window's total leased by every process, as PostgreSQL last said. */
  known: number;
  /** A lease in flight, so concurrent requests of one key wait for it instead of each leasing. */
  leasing: Promise<void> | null;
}

/** Units leased at a time: a fiftieth of the limit, 1 to 250 (limit 600: 12). */
export const sliceOf = (limit: number): number => Math.min(250, Math.max(1, Math.floor(limit / 50)));

/**
 * A per-window request budget per key, shared by every process through
 * PostgreSQL with token leases: a process reserves a slice of the budget in
 * one statement and spends it locally, so a busy client costs one database
 * write per slice, not per request. The database never grants more than the
 * limit in a window, so all processes together never admit more than the
 * limit (no overshoot). The price is the other way: leased units a process
 * has not spent are not available to the others, so a client spread over N
 * processes may be refused up to N x (slice - 1) units early. Near the limit a
 * process leases only what the request needs.
 */
export function requestBudget(db: Db, limit: number, windowMs: number) {
  const slice = sliceOf(limit);
  const entries = new Map<string, Entry>();
  let currentWindow = 0;

  function entryOf(key: string, window: number): Entry {
    if (window !== currentWindow) {
      // A new window: every counter of the previous ones is void.
      if (window > currentWindow) entries.clear();
      currentWindow = Math.max(currentWindow, window);
    }
    let entry = entries.get(key);
    if (!entry || entry.window !== window) {
      entry = { window, tokens: 0, known: 0, leasing: null };
      entries.set(key, entry);
    }
    return entry;
  }

  async function lease(entry: Entry, key: string, want: number, now: Date): Promise<boolean> {
    const result = await leaseRateLimit(db, key, want, limit, windowMs, now);
    entry.known = Math.max(entry.known, result.count);
    if (result.granted) entry.tokens += want;
    return result.granted;
  }

  return async function take(key: string, cost: number, now: Date): Promise<BudgetDecision> {
    const window = Math.floor(now.getTime() / windowMs);
    const entry = entryOf(key, window);
    const decide = (allowed: boolean): BudgetDecision => ({
      allowed,
      remaining: Math.max(0, limit - entry.known + entry.tokens),
      retryAfterSeconds: secondsLeftInWindow(now, windowMs),
    });
    for (;;) {
      if (entry.tokens >= cost) {
        entry.tokens -= cost;
        return decide(true);
      }
      const need = cost - entry.tokens;
      // The window's total only grows, so what PostgreSQL said is already spent stays spent.
      if (limit - entry.known < need) return decide(false);
      if (entry.leasing) {
        await entry.leasing;
        continue;
      }
      let granted = false;
      entry.leasing = (async () => {
        const want = Math.min(Math.max(need, slice), limit - entry.known);
        granted = await lease(entry, key, want, now);
        // Refused the slice: others hold part of the budget; ask for exactly what this request needs.
        if (!granted && want > need && limit - entry.known >= need) granted = await lease(entry, key, need, now);
      })().finally(() => {
        entry.leasing = null;
      });
      await entry.leasing;
      if (!granted && entry.tokens < cost) return decide(false);
    }
  };
}
