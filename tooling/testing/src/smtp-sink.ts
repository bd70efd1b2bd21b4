import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  raw: string;
}

export interface SmtpSink {
  url: string;
  /** Messages accepted (250). */
  messages: ReceivedMail[];
  /** Messages answered with a temporary failure (451), in the order they were refused. */
  rejected: ReceivedMail[];
  /**
   * Answer the next `n` messages with a temporary SMTP failure (451); with `to`, only messages to
   * that recipient count, so another test's pending message cannot take the failure.
   */
  failNext(n: number, to?: string): void;
  /**
   * Receive the next message to `to` but never answer it, as a mail server that is slow to say 250:
   * the sender stays mid-send (the message is in `held`, not in `messages`).
   */
  holdNext(to: string): void;
  /** Messages received and left unanswered by holdNext. */
  held: ReceivedMail[];
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

const header = (raw: string, name: string) =>
  new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im')
    .exec(raw)?.[1]
    ?.replace(/\r?\n[ \t]/g, ' ')
    .trim() ?? '';

/** A real SMTP server in-process on a free port that keeps what it receives (and what it refused). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const rejected: ReceivedMail[] = [];
  const failures: { to: string | undefined; left: number }[] = [];
  const holds: string[] = [];
  const held: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
          raw,
        };
        const hold = holds.findIndex((to) => mail.to.includes(to));
        if (hold >= 0) {
          holds.splice(hold, 1);
          held.push(mail);
          return; // no answer: the callback is never called
        }
        const failure = failures.find((f) => f.left > 0 && (f.to === undefined || mail.to.includes(f.to)));
        if (failure) {
          failure.left--;
          rejected.push(mail);
          const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(err);
        }
        messages.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejected,
    failNext: (n, to) => {
      failures.push({ to, left: n });
    },
    holdNext: (to) => {
      holds.push(to);
    },
    held,
    async waitFor(predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find(predicate);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no matching e-mail within ${timeoutMs} ms (received ${messages.length})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
