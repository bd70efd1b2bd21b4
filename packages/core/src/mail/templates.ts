import type { MailMessage } from './transport';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function layout(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><body style="font-family:sans-serif"><h1>${escapeHtml(title)}</h1>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</body></html>`;
}

export function welcomeEmail(user: { email: string; name: string | null }, storefrontUrl: string | null): MailMessage {
  const greeting = `Welcome to Mercato${user.name ? `, ${user.name}` : ''}!`;
  const lines = [
    'Your account is ready. You can now save products to your wishlist, rate them and check out.',
    ...(storefrontUrl ? [`Visit us at ${storefrontUrl}`] : []),
  ];
  return {
    to: user.email,
    subject: 'Welcome to Mercato',
    text: [greeting, '', ...lines].join('\n'),
    html: layout(greeting, lines),
  };
}
