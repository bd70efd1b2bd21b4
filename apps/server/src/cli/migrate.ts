import path from 'node:path';
import { ConfigError, invocationDir, loadEnv } from '../env';
import { openDatabase, StartupError } from '../runtime/database';

/** `pnpm db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database) and exits. */
async function main(): Promise<void> {
  const env = loadEnv();
  const opened = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(invocationDir(), env.DATA_DIR),
  });
  await opened.close();
  process.stdout.write('migrations applied\n');
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof StartupError;
  process.stderr.write(`mercato: ${known ? (err as Error).message : `migration failed: ${String(err)}`}\n`);
  process.exit(1);
});
