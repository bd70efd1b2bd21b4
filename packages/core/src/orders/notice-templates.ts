import { formatMoney } from '../mail/money';
import type { MailMessage } from '../mail/transport';
import type { OrderNoticeKind } from './jobs';
import type { Order } from './order';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const SUBJECTS: Record<OrderNoticeKind, (ref: string) => string> = {
  confirmation: (ref) => `Order ${ref} confirmed`,
  receipt: (ref) => `Payment receipt for order ${ref}`,
  shipping: (ref) => `Order ${ref} has shipped`,
  refund: (ref) => `Order ${ref} refunded`,
};

function intro(kind: OrderNoticeKind, order: Order): string[] {
  const total = formatMoney(order.totalCents, order.currency);
  switch (kind) {
    case 'confirmation':
      return ['Thank you for your order. We are getting it ready.'];
    case 'receipt':
      return [`We received your payment of ${total}${order.paidAt ? ` on ${order.paidAt.slice(0, 10)}` : ''}.`];
    case 'shipping':
      return [
        'Your order is on its way.',
        order.trackingNumber ? `Tracking number: ${order.trackingNumber}` : 'A tracking number will follow.',
      ];
    case 'refund':
      return [`We refunded ${total} to your original payment method. It may take a few days to appear.`];
  }
}

/** An order notice with a plain-text and an HTML part: the lines, and the total formatted for the currency. */
export function orderNotice(
  kind: OrderNoticeKind,
  order: Order,
  to: { email: string; name: string | null },
  storefrontUrl: string | null,
): MailMessage {
  const ref = order.id.slice(0, 8).toUpperCase();
  const money = (cents: number) => formatMoney(cents, order.currency);
  const greeting = `Hello${to.name ? ` ${to.name}` : ''},`;
  const paragraphs = intro(kind, order);
  const lines = order.items.map((i) => ({ text: `${i.quantity} × ${i.name}`, amount: money(i.lineTotalCents) }));
  const total = money(order.totalCents);
  // The order's page is the storefront's; without one the e-mail names the order and links nowhere.
  const link = storefrontUrl ? `${storefrontUrl}/orders/${order.id}` : null;
  const text = [
    greeting,
    '',
    ...paragraphs,
    '',
    ...lines.map((l) => `${l.text}  ${l.amount}`),
    `Total  ${total}`,
    '',
    link ? `Order ${ref}: ${link}` : `Order ${ref}`,
  ].join('\n');
  const rows = lines
    .map((l) => `<tr><td>${escapeHtml(l.text)}</td><td align="right">${escapeHtml(l.amount)}</td></tr>`)
    .join('');
  const html = `<!doctype html><html><body style="font-family:sans-serif"><p>${escapeHtml(greeting)}</p>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}<table cellpadding="4">${rows}<tr><th align="left">Total</th><th align="right">${escapeHtml(
    total,
  )}</th></tr></table><p>Order ${link ? `<a href="${escapeHtml(link)}">${escapeHtml(ref)}</a>` : escapeHtml(ref)}</p></body></html>`;
  return { to: to.email, subject: SUBJECTS[kind](ref), text, html };
}
