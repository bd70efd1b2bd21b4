import { checkout, type Deps, mail, type payments } from '@mercato/core';

type SimulatorGateway = payments.SimulatorGateway;
type SimulatorOutcome = payments.SimulatorOutcome;
const { formatMoney } = mail;

import type { SimulatorSessionRow } from '@mercato/db';
import { type Context, Hono } from 'hono';
import { errorResponse } from './errors';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const OUTCOMES: readonly SimulatorOutcome[] = ['pay', 'fail', 'cancel'];

function page(row: SimulatorSessionRow): string {
  const money = (cents: number) => escapeHtml(formatMoney(cents, row.currency));
  const lines = row.lines
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.name)}</td><td class="n">${l.quantity}</td><td class="n">${money(l.unitAmountCents * l.quantity)}</td></tr>`,
    )
    .join('');
  const open = row.status === 'open';
  const state = open
    ? ''
    : `<p class="state" role="status">This session is <strong>${escapeHtml(row.status)}</strong> (${escapeHtml(row.paymentStatus)}).</p>`;
  const buttons = open
    ? `<form method="post" action="/simulator/checkout/${escapeHtml(row.id)}/pay"><button id="pay" class="pay">Pay ${money(row.amountTotalCents)}</button></form>
       <form method="post" action="/simulator/checkout/${escapeHtml(row.id)}/fail"><button id="fail">Fail payment</button></form>
       <form method="post" action="/simulator/checkout/${escapeHtml(row.id)}/cancel"><button id="cancel">Cancel</button></form>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mercato payment simulator</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.banner{background:#fff3cd;border:1px solid #e0c36a;padding:.5rem .75rem;border-radius:6px;font-size:.9rem}
table{width:100%;border-collapse:collapse;margin:1rem 0}td,th{padding:.4rem;border-bottom:1px solid #ddd;text-align:left}
.n{text-align:right}form{display:inline-block;margin:.25rem .5rem .25rem 0}
button{font-size:1rem;padding:.5rem 1rem;border-radius:6px;border:1px solid #888;background:#fff;cursor:pointer}
.pay{background:#1f6feb;color:#fff;border-color:#1f6feb}
</style></head>
<body>
<p class="banner">Payment simulator: no real money moves. Not available in production.</p>
<h1>Checkout</h1>
<table><thead><tr><th>Item</th><th class="n">Qty</th><th class="n">Amount</th></tr></thead>
<tbody>${lines}</tbody>
<tfoot><tr><th>Total</th><th></th><th class="n" id="total">${money(row.amountTotalCents)}</th></tr></tfoot></table>
${state}${buttons}
</body></html>`;
}

/** Where the buyer goes after a button, as Stripe sends them: success or cancel URL, with the session id filled in. */
const returnUrl = (row: SimulatorSessionRow, outcome: SimulatorOutcome) =>
  (outcome === 'pay' ? row.successUrl : row.cancelUrl).replaceAll('{CHECKOUT_SESSION_ID}', encodeURIComponent(row.id));

/** Longer than any session id we make (`cs_sim_` and a token); longer ones are not looked up. */
const MAX_SESSION_ID = 255;

/**
 * The simulator's hosted checkout page. Its buttons turn into the events
 * Stripe would send and go through the same code as Stripe's webhooks.
 */
export function simulatorRoutes(deps: Deps, gateway: SimulatorGateway): Hono {
  const app = new Hono();
  const notFound = (c: Context) => errorResponse(c, 404, 'NOT_FOUND', 'Checkout session not found');
  // The id comes from the path: one no session can have (PostgreSQL refuses a NUL in text) is simply unknown.
  const idOf = (c: Context): string | null => {
    const id = c.req.param('id') ?? '';
    return id.length <= MAX_SESSION_ID && !id.includes('\u0000') ? id : null;
  };

  app.get('/checkout/:id', async (c) => {
    const id = idOf(c);
    const row = id === null ? null : await gateway.page(id);
    return row ? c.html(page(row)) : notFound(c);
  });

  app.post('/checkout/:id/:outcome', async (c) => {
    const outcome = c.req.param('outcome') as SimulatorOutcome;
    const id = idOf(c);
    if (!OUTCOMES.includes(outcome) || id === null) return notFound(c);
    const acted = await gateway.act(id, outcome);
    if (!acted) {
      const row = await gateway.page(id);
      return row ? c.html(page(row), 409) : notFound(c);
    }
    await checkout.applyPaymentEvent(deps, acted.event);
    return c.redirect(returnUrl(acted.row, outcome), 303);
  });
  return app;
}
