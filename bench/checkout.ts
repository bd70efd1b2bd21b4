// Checkout under contention, against a real server process with the Stripe fake and an SMTP sink:
//   phase 1: N buyers race create-session for one product with STOCK units (holds/s);
//   phase 2: each won session paid at the fake, then its webhook and confirm-payment sent at once (finalizes/s);
//   floor: the same finalize transaction called in-process on other paid sessions, no HTTP.
// Correctness counters must all be 0 (exit code 1 otherwise).
//   pnpm bench:checkout [--buyers 200] [--stock 50] [--concurrency 32]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { checkout, jobs, payments } from '@mercato/core';
import { createDb } from '@mercato/db';
import { type StripeFakeEvent, startSmtpSink, startStripeFake } from '@mercato/testing';
import { checkCounters, waitForNotices } from './checkout-checks';
import { type Buyer, confirmPayment, createSession, fillCarts, insertBuyers, login, makeProducts } from './commerce';
import { markdownTable, openScratchDatabase, perSecond } from './scratch-db';
import { drive, percentile, round, startServerProcess } from './server-process';

const { values } = parseArgs({
  options: { buyers: { type: 'string' }, stock: { type: 'string' }, concurrency: { type: 'string' } },
});
const N = Number(values.buyers ?? 200);
const STOCK = Number(values.stock ?? 50);
const C = Number(values.concurrency ?? 32);
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const STRIPE_KEY = 'sk_test_mercato_bench';
const WEBHOOK_SECRET = 'whsec_mercato_bench';
const ADMIN = { email: 'admin@bench.example', password: 'bench admin password' };

const count = (xs: (string | number)[]) =>
  xs.reduce<Record<string, number>>((acc, x) => Object.assign(acc, { [x]: (acc[x] ?? 0) + 1 }), {});

async function main() {
  const scratch = await openScratchDatabase('checkout');
  const sink = await startSmtpSink();
  const fake = await startStripeFake({ secretKey: STRIPE_KEY });
  const database = createDb(scratch.url, { max: 10 });
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  let boss: Awaited<ReturnType<typeof jobs.startJobQueue>> | undefined;
  try {
    server = await startServerProcess({
      DATABASE_URL: scratch.url,
      NODE_ENV: 'production', // trpc-to-openapi re-validates the router on every REST request otherwise
      PAYMENTS_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: fake.url,
      SMTP_URL: sink.url,
      JWT_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CHECKOUT_HOLDS_PER_IP: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      WORKER: 'true',
      SEED_DEMO: 'false',
    });
    const base = server.url;
    const adminToken = await login(base, ADMIN.email, ADMIN.password);
    const [contested, floorProduct] = (await makeProducts(base, adminToken, [STOCK, STOCK])) as [string, string];
    const buyers = await insertBuyers(database, N, JWT_SECRET, 'race');
    await fillCarts(base, buyers, contested, C);
    process.stderr.write(`setup done: ${N} buyers with 1 unit of a product with ${STOCK}\n`);

    // Phase 1: holds.
    const statuses: number[] = [];
    const won: { buyer: Buyer; sessionId: string }[] = [];
    const holds = await drive(N, C, async (i) => {
      const buyer = buyers[i] as Buyer;
      const res = await createSession(base, buyer);
      statuses.push(res.status);
      if (res.status === 200) won.push({ buyer, sessionId: res.body.sessionId });
    });
    const byStatus = count(statuses);

    // Phase 2: pay at the fake, then webhook and confirm racing, C sessions in flight.
    const webhookUrl = `${base}/api/webhooks/stripe`;
    const events = new Map<string, StripeFakeEvent>();
    for (const { sessionId } of won)
      events.set(sessionId, fake.event('checkout.session.completed', fake.pay(sessionId)));
    const hookOutcomes: string[] = [];
    const errors: string[] = [];
    const finalize = await drive(won.length, C, async (i) => {
      const { buyer, sessionId } = won[i] as (typeof won)[number];
      const [hook, confirm] = await Promise.all([
        fake.deliver(webhookUrl, events.get(sessionId) as StripeFakeEvent, { secret: WEBHOOK_SECRET }),
        confirmPayment(base, buyer, sessionId),
      ]);
      if (hook.status !== 200) errors.push(`webhook ${hook.status} ${hook.body}`);
      else hookOutcomes.push(JSON.parse(hook.body).outcome);
      if (confirm.status !== 200 || confirm.body.status !== 'paid') errors.push(`confirm ${confirm.status}`);
    });
    const mailWaitHttp = await waitForNotices(database.pool, sink);
    const paidHttp = (
      await checkCounters(database.pool, sink, { productId: contested, stock: STOCK, won: won.length }, [contested])
    ).paid;

    // Floor: the same transaction in-process, on STOCK other paid sessions (made over HTTP, untimed).
    const floorBuyers = await insertBuyers(database, STOCK, JWT_SECRET, 'floor');
    await fillCarts(base, floorBuyers, floorProduct, C);
    const gateway = payments.createStripeGateway({
      secretKey: STRIPE_KEY,
      webhookSecret: WEBHOOK_SECRET,
      apiBase: fake.url,
    });
    const sessions: payments.ProviderSession[] = [];
    for (const buyer of floorBuyers) {
      const res = await createSession(base, buyer);
      if (res.status !== 200) throw new Error(`floor create-session: ${res.status}`);
      fake.pay(res.body.sessionId);
      const s = await gateway.retrieveCheckoutSession(res.body.sessionId);
      if (!s) throw new Error('floor session unknown to the fake');
      sessions.push(s);
    }
    boss = await jobs.startJobQueue(scratch.url, { supervise: false });
    const uow = jobs.createUnitOfWork(database.pool, boss);
    // Open the in-process pool's connections before the timer, as the server's are by then.
    await Promise.all(Array.from({ length: 10 }, () => database.pool.query('SELECT 1')));
    const floorOutcomes: string[] = [];
    const floor = await drive(sessions.length, C, async (i) => {
      const { outcome } = await uow((tx, enqueue) =>
        checkout.finalizePaidSession(tx, enqueue, sessions[i] as payments.ProviderSession, {
          now: new Date(),
          log: () => {},
        }),
      );
      floorOutcomes.push(outcome);
    });
    await waitForNotices(database.pool, sink);
    const { counters } = await checkCounters(
      database.pool,
      sink,
      { productId: contested, stock: STOCK, won: won.length },
      [contested, floorProduct],
    );
    const other = statuses.filter((s) => s !== 200 && s !== 409).length;
    const failures = { ...counters, 'create-session other than 200/409': other, 'phase 2 errors': errors.length };
    if (errors.length) console.error(errors.slice(0, 5));

    const holdsPerSec = perSecond(byStatus[200] ?? 0, holds.wallMs);
    const httpRate = perSecond(paidHttp, finalize.wallMs);
    const floorRate = perSecond(floorOutcomes.filter((o) => o === 'paid').length, floor.wallMs);
    const hooks = count(hookOutcomes);
    const rows: (string | number)[][] = [
      [
        `holds: create-session, ${N} buyers, concurrency ${C}`,
        `${round(holdsPerSec)} holds/s (${round(perSecond(N, holds.wallMs))} answers/s, ${round(holds.wallMs)} ms)`,
        '-',
      ],
      [
        'create-session latency p50 / p95',
        `${round(percentile(holds.latencies, 50))} / ${round(percentile(holds.latencies, 95))} ms`,
        '-',
      ],
      [
        'create-session 200 / 409 / other',
        `${byStatus[200] ?? 0} / ${byStatus[409] ?? 0} / ${other}`,
        `expected ${STOCK} / ${N - STOCK} / 0`,
      ],
      [
        `finalize over HTTP: webhook ∥ confirm-payment, ${won.length} sessions, ${C} in flight`,
        `${round(httpRate)} finalizes/s (${paidHttp} paid in ${round(finalize.wallMs)} ms)`,
        `${round(httpRate / floorRate, 2)} of floor`,
      ],
      [
        'finalize latency p50 / p95 (slower of the pair)',
        `${round(percentile(finalize.latencies, 50))} / ${round(percentile(finalize.latencies, 95))} ms`,
        '-',
      ],
      [
        'race won by webhook / by confirm-payment',
        `${hooks.paid ?? 0} / ${(hooks.already_paid ?? 0) + (hooks.duplicate_event ?? 0)}`,
        '-',
      ],
      [
        `floor: finalizePaidSession in-process, ${sessions.length} sessions, concurrency ${C}`,
        `${round(floorRate)} finalizes/s (${round(floor.wallMs)} ms)`,
        '1.00',
      ],
      [
        'all e-mails of the HTTP phase accepted by SMTP after the last finalize',
        `${round(mailWaitHttp / 1000, 2)} s (${paidHttp * 2} e-mails)`,
        '-',
      ],
      ...Object.entries(failures).map(([k, v]) => [k, v, 'must be 0']),
    ];
    console.log(
      `\n${scratch.label}; ${availableParallelism()} cores, load average ${loadavg()
        .map((l) => round(l, 2))
        .join(' ')} at the end ` +
        `(shared machine: other processes compete for the cores); server pool 10, in-process pool 10\n`,
    );
    console.log(markdownTable(['measure', 'value', 'ratio'], rows));
    if (Object.values(failures).some((v) => v !== 0)) process.exitCode = 1;
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => {});
    await server?.stop();
    await database.close();
    await fake.close();
    await sink.close();
    await scratch.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
