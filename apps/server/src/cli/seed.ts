import path from 'node:path';
import { parseArgs } from 'node:util';
import * as seed from '@mercato/core/seed';
import { sql } from 'drizzle-orm';
import { ConfigError, invocationDir, loadEnv } from '../env';
import { openDatabase, StartupError } from '../runtime/database';

const USAGE = 'usage: pnpm db:seed [--products N]   (without --products: the demo catalog, when the catalog is empty)';

/** A one-line progress bar on stderr, redrawn at most every 100 ms. */
function progressBar(label: string) {
  const started = performance.now();
  let drawn = 0;
  return (done: number, total: number, phase: seed.SeedPhase) => {
    const now = performance.now();
    if (now - drawn < 100 && done < total && phase === 'insert') return;
    drawn = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const what =
      phase === 'index' ? 'rebuilding indexes and keys' : `${Math.round(rate).toLocaleString('en-US')} rows/s`;
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${what}\u001b[K`,
    );
  };
}

/** `pnpm db:seed [--products N]`: the demo catalog, or N generated products for benchmarks. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { products: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const count = values.products === undefined ? null : Number(values.products);
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > 10_000_000)) {
    throw new ConfigError(`--products must be a whole number from 1 to 10000000\n${USAGE}`);
  }
  const env = loadEnv();
  const opened = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(invocationDir(), env.DATA_DIR),
  });
  try {
    const { db } = opened.database;
    if (count === null) {
      const result = await seed.seedDemoCatalog(db);
      process.stdout.write(
        result.seeded
          ? `seeded the demo catalog: ${result.categories} categories, ${result.products} products\n`
          : 'the catalog already has products; nothing seeded\n',
      );
      return;
    }
    const seeded = await seed.seedProducts(db, count, progressBar('products'));
    const analyzeStarted = performance.now();
    // Fresh statistics, so the planner picks the indexes right away.
    await db.execute(sql`ANALYZE products`);
    const analyzeMs = performance.now() - analyzeStarted;
    const rate = Math.round(count / (seeded.ms / 1000));
    process.stderr.write('\n');
    process.stdout.write(
      `seeded ${count.toLocaleString('en-US')} products in ${(seeded.ms / 1000).toFixed(2)} s ` +
        `(${rate.toLocaleString('en-US')} rows/s${seeded.bulk ? ', bulk load' : ''}); ANALYZE ${Math.round(analyzeMs)} ms\n`,
    );
  } finally {
    await opened.close();
  }
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StartupError;
  process.stderr.write(`\nmercato: ${known ? (err as Error).message : `seeding failed: ${String(err)}`}\n`);
  process.exit(1);
});
