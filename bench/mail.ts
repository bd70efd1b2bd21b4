// Order e-mails from enqueue to "accepted by an SMTP server": the pg-boss worker
// (startWorker, as the server runs it) against a bare nodemailer loop and the
// worker's own per-message code (sendOrderNotice) without the queue, same run.
//   pnpm bench:mail [--emails 5000] [--concurrency 20]
//     [--worker-only]                      (skip the baselines)
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Deps, jobs, mail, orders, payments } from '@mercato/core';
import { createDb } from '@mercato/db';
import { type SmtpSink, startSmtpSink } from '@mercato/testing';
import { bareLoop, FROM, insertPaidOrders, noticeTemplate, SHOP_URL, waitForCount } from './mail-setup';
import { markdownTable, openScratchDatabase, perSecond } from './scratch-db';
import { drive, round } from './server-process';

const { values } = parseArgs({
  options: {
    emails: { type: 'string' },
    concurrency: { type: 'string' },
    'worker-only': { type: 'boolean' },
  },
});
const N = Number(values.emails ?? 5_000);
/** Sends side by side in the bare loops: about what the worker's pooled transport keeps busy. */
const C = Number(values.concurrency ?? 20);

async function withSink<T>(fn: (sink: SmtpSink) => Promise<T>): Promise<T> {
  const sink = await startSmtpSink();
  try {
    return await fn(sink);
  } finally {
    await sink.close();
  }
}

async function main() {
  const scratch = await openScratchDatabase('mail', { migrate: true });
  const database = createDb(scratch.url, { max: 10 });
  const outbox = await mkdtemp(path.join(tmpdir(), 'mercato-bench-outbox-'));
  try {
    const ids = await insertPaidOrders(database, N);
    const message = await noticeTemplate(database, ids[0] as string);
    const msgBytes = Buffer.byteLength(JSON.stringify(message(ids[0] as string)));
    process.stderr.write(`${N} paid orders inserted\n`);

    const timed: [string, number][] = [];
    if (!values['worker-only']) {
      const bare = (concurrency: number, pool?: number) =>
        withSink((sink) => bareLoop(sink, ids, message, { concurrency, pool }));
      timed.push([
        'bare nodemailer, sequential, one connection reused (pool: true, maxConnections: 1)',
        await bare(1, 1),
      ]);
      timed.push([
        `bare nodemailer, concurrency ${C}, new connection per message (createMailer before pooling)`,
        await bare(C),
      ]);
      timed.push([`bare nodemailer, concurrency ${C}, pool: true, maxConnections: 5`, await bare(C, 5)]);
      process.stderr.write('bare loops done\n');
      // The worker's per-message code without the queue: lock, sent-log read, order load, send, sent-log insert.
      const direct = await withSink(async (sink) => {
        const mailer = mail.createMailer({ smtpUrl: sink.url, outboxDir: outbox, from: FROM });
        const run = await drive(N, C, async (i) => {
          const orderId = ids[i] as string;
          await orders.sendOrderNotice(database.db, mailer, { orderId, kind: 'receipt', storefrontUrl: SHOP_URL });
        });
        mailer.close();
        return run.wallMs;
      });
      timed.push([`sendOrderNotice (claim, send, mark sent), concurrency ${C}, no queue`, direct]);
      process.stderr.write('sendOrderNotice loop done\n');
    }

    // The worker, as the server runs it, fed N jobs in one INSERT.
    const { enqueueMs, totalMs, label } = await withSink(async (sink) => {
      const boss = await jobs.startJobQueue(scratch.url);
      const mailer = mail.createMailer({ smtpUrl: sink.url, outboxDir: outbox, from: FROM });
      const deps: Deps = {
        db: database.db,
        uow: jobs.createUnitOfWork(database.pool, boss),
        config: {
          auth: {
            jwtSecret: new Uint8Array(32),
            accessTokenTtlSeconds: 900,
            refreshTokenTtlSeconds: 86_400,
            loginMaxFailures: 5,
          },
          currency: 'usd',
          checkout: { holdTtlSeconds: 1_800, holdsPerIp: 0, maxLineQuantity: 100 },
        },
        payments: payments.createSimulatorGateway({ db: database.db, publicUrl: SHOP_URL }),
        log: () => {},
        now: () => new Date(),
      };
      const label = `worker (startWorker: order-notice batch ${jobs.JOBS.orderNotice.batch?.size}, polling 0.5 s, pooled SMTP), enqueue to accepted`;
      await jobs.startWorker(boss, { deps, mailer, storefrontUrl: SHOP_URL, log: () => {} });
      const t0 = performance.now();
      for (let i = 0; i < ids.length; i += 1_000) {
        await boss.insert(
          ids.slice(i, i + 1_000).map((orderId) => ({ name: 'order-notice', data: { orderId, kind: 'confirmation' } })),
        );
      }
      const enqueueMs = performance.now() - t0;
      await waitForCount(sink, N, 30 * 60_000);
      const totalMs = performance.now() - t0;
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
      mailer.close();
      return { enqueueMs, totalMs, label };
    });
    const { rows } = await database.pool.query(`SELECT kind, count(*)::int AS n FROM order_notices GROUP BY kind`);

    const rate = (ms: number) => perSecond(N, ms);
    const workerRate = rate(totalMs);
    const baseline = timed[1] ? rate(timed[1][1]) : workerRate;
    const direct = timed[3] ? rate(timed[3][1]) : Number.NaN;
    const tableRows: (string | number)[][] = [
      ...timed.map(([k, ms]) => [
        k,
        `${round(rate(ms))} e-mails/s (${round(ms / 1000, 2)} s)`,
        round(rate(ms) / baseline, 2),
      ]),
      [
        label,
        `${round(workerRate)} e-mails/s (${round(totalMs / 1000, 2)} s; enqueue ${round(enqueueMs)} ms)`,
        round(workerRate / baseline, 3),
      ],
    ];
    if (timed.length) {
      tableRows.push(
        [
          `sent-log overhead: sendOrderNotice loop vs bare loop, both concurrency ${C}`,
          `${round(baseline / direct, 2)}x slower`,
          round(direct / baseline, 2),
        ],
        [
          'queue overhead: worker vs sendOrderNotice loop',
          `${round(direct / workerRate, 2)}x slower`,
          round(workerRate / direct, 2),
        ],
      );
    }
    tableRows.push([
      'sent-log rows',
      rows.map((r: { kind: string; n: number }) => `${r.kind} ${r.n}`).join(', '),
      `expected ${N} per kind`,
    ]);
    console.log(
      `\n${N} order e-mails (~${msgBytes} bytes of template fields) on ${scratch.label}; in-process SMTP sink; ` +
        `${availableParallelism()} cores, load average ${loadavg()
          .map((l) => round(l, 2))
          .join(' ')} at the end (shared machine); ` +
        `ratio = e-mails/s over the bare loop at concurrency ${C}\n`,
    );
    console.log(markdownTable(['measure', 'value', 'ratio'], tableRows));
    const notices = Object.fromEntries(rows.map((r: { kind: string; n: number }) => [r.kind, r.n]));
    if (notices.confirmation !== N || (timed.length > 0 && notices.receipt !== N)) process.exitCode = 1;
  } finally {
    await database.close();
    await rm(outbox, { recursive: true, force: true });
    await scratch.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
