// Login throughput of one server process, against baselines measured in the same run:
// one Argon2id hash in this process, and GET /healthz on the same server.
import { availableParallelism } from 'node:os';
import { auth } from '@mercato/core';
import { drive, percentile, round, startServerProcess } from './server-process';

const CONCURRENCY = 8;
const LOGINS = 300;

async function main() {
  const hashMs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await auth.hashPassword('benchmark password');
    hashMs.push(performance.now() - t);
  }
  const oneHash = percentile(hashMs, 50);
  // The same hashes, CONCURRENCY at a time in this process: what the CPU and memory allow at best.
  const parallelHashes = await drive(48, CONCURRENCY, async () => {
    await auth.hashPassword('benchmark password');
  });
  const hashRate = (48 / parallelHashes.wallMs) * 1000;

  const server = await startServerProcess(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {});
  try {
    const email = `bench-${Date.now()}@example.com`;
    const body = JSON.stringify({ email, password: 'benchmark password' });
    const post = (path: string) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
        async (r) => {
          await r.arrayBuffer();
          if (r.status >= 300) throw new Error(`${path}: ${r.status}`);
        },
      );
    await post('/api/users/register');
    await drive(20, CONCURRENCY, () => post('/api/users/login'));

    const health = await drive(3000, CONCURRENCY, () =>
      fetch(`${server.url}/healthz`).then((r) => r.arrayBuffer().then(() => undefined)),
    );
    const logins = await drive(LOGINS, CONCURRENCY, () => post('/api/users/login'));

    const loginRate = (LOGINS / logins.wallMs) * 1000;
    const healthRate = (3000 / health.wallMs) * 1000;
    console.log(
      `Argon2id ${JSON.stringify(auth.ARGON2_PARAMS)}; ${availableParallelism()} cores; concurrency ${CONCURRENCY}`,
    );
    console.log('| measure | value | ratio |');
    console.log('| --- | --- | --- |');
    console.log(`| one Argon2id hash (p50, in-process baseline) | ${round(oneHash)} ms | 1.00 |`);
    console.log(
      `| Argon2id hashes/s at concurrency ${CONCURRENCY}, in-process (baseline) | ${round(hashRate)} /s | 1.00 |`,
    );
    console.log(`| GET /healthz (baseline) | ${round(healthRate)} req/s | 1.00 |`);
    console.log(
      `| POST /api/users/login | ${round(loginRate)} logins/s | ${round(loginRate / healthRate, 3)} of /healthz; ${round(loginRate / hashRate, 2)} of in-process hashes/s |`,
    );
    console.log(
      `| login latency p50 / p95 | ${round(percentile(logins.latencies, 50))} / ${round(percentile(logins.latencies, 95))} ms | ${round(percentile(logins.latencies, 50) / oneHash, 2)}x one hash |`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
