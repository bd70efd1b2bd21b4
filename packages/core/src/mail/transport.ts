import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: MailMessage, opts?: { messageId?: string }): Promise<void>;
  close(): void;
}

/**
 * SMTP when a URL is configured; otherwise each message is written as an .eml
 * file under `outboxDir`, so development needs no mail server.
 */
export function createMailer(opts: { smtpUrl?: string; outboxDir: string; from: string }): Mailer {
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(pooled(opts.smtpUrl));
    return {
      async send(message, o) {
        await transport.sendMail({ from: opts.from, ...message, messageId: o?.messageId });
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message, o) {
      const info = await transport.sendMail({ from: opts.from, ...message, messageId: o?.messageId });
      await mkdir(opts.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      // Written beside the outbox, then renamed in: whoever watches the outbox never reads half a message.
      const partial = path.join(path.dirname(opts.outboxDir), `.outbox-partial-${name}`);
      await writeFile(partial, info.message as Buffer);
      await rename(partial, path.join(opts.outboxDir, name));
    },
    close: () => transport.close(),
  };
}

/**
 * Keeps a few SMTP connections open and reuses them: a connection (and TLS
 * handshake) per message made the mailer several times slower. An SMTP_URL
 * that says `pool=…` itself is left as it is.
 */
export function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.searchParams.has('pool')) return smtpUrl;
  url.searchParams.set('pool', 'true');
  url.searchParams.set('maxConnections', '5');
  return url.toString();
}
