// Cold start to /readyz and memory of the compiled server against the same source through tsx, in one run:
//   pnpm bench:cold-start [--runs 3] [--seconds 5]     (run `pnpm build` first)
// On DATABASE_URL's server (a scratch database, migrated first so every start finds an existing one) or an
// embedded one. Each start is timed from spawn to the first 200 from /readyz; RSS idle is read a second later,
// RSS under load is the peak over an autocannon run (10 connections) on GET /api/categories.
import { parseArgs } from 'node:util';
import { load, peakRssDuring, treeRssMb } from './load-run';
import { markdownTable, openScratchDatabase } from './scratch-db';
import { percentile, round, startServerProcess } from './server-process';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seconds: { type: 'string' } } });
const RUNS = Number(values.runs ?? 3);
const SECONDS = Number(values.seconds ?? 5);

async function measure(url: string, compiled: boolean) {
  const starts: number[] = [];
  let idle = 0;
  let peak = 0;
  let reqPerSec = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const server = await startServerProcess(
      {
        DATABASE_URL: url,
        NODE_ENV: 'production',
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        WEB_CONCURRENCY: '1',
        RATE_LIMIT_PER_MINUTE: '1000000000',
      },
      { compiled },
    );
    try {
      while ((await fetch(`${server.url}/readyz`).catch(() => null))?.status !== 200) {
        await new Promise((r) => setTimeout(r, 10));
      }
      starts.push(performance.now() - t0);
      if (i === RUNS - 1) {
        await new Promise((r) => setTimeout(r, 1000));
        idle = treeRssMb(server.pid);
        const run = await peakRssDuring(server.pid, () =>
          load(`${server.url}/api/categories`, { seconds: SECONDS, connections: 10 }),
        );
        peak = run.peakMb;
        reqPerSec = run.value.reqPerSec;
      }
    } finally {
      await server.stop();
    }
  }
  return [
    compiled ? 'compiled (node dist/server/main.js)' : 'tsx (node --import tsx src/main.ts)',
    `${round(percentile(starts, 50), 0)} ms (${starts.map((s) => round(s, 0)).join(', ')})`,
    idle,
    peak,
    reqPerSec,
  ];
}

async function main() {
  const scratch = await openScratchDatabase('coldstart', { migrate: true });
  try {
    const rows = [await measure(scratch.url, true), await measure(scratch.url, false)];
    process.stdout.write(`pnpm bench:cold-start: ${scratch.label}, ${RUNS} starts each, NODE_ENV=production\n\n`);
    process.stdout.write(
      `${markdownTable(['server', 'start to /readyz, median (each)', 'RSS idle MB', 'RSS peak under load MB', 'GET /api/categories req/s'], rows)}\n`,
    );
  } finally {
    await scratch.close();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:cold-start failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
