import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * The production server as JavaScript (`pnpm build`): the workspace packages,
 * which export TypeScript source, are bundled in; every npm dependency stays
 * external (each is listed in this package's dependencies, so it resolves from
 * here). @mercato/db finds its migrations at ../migrations from its own code,
 * so they are copied beside the bundle.
 */
export default defineConfig({
  entry: {
    main: 'src/main.ts',
    worker: 'src/worker.ts',
    'cli/migrate': 'src/cli/migrate.ts',
    'cli/seed': 'src/cli/seed.ts',
  },
  outDir: 'dist/server',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  splitting: true,
  noExternal: [/^@mercato\//],
  onSuccess: async () => {
    rmSync('dist/migrations', { recursive: true, force: true });
    cpSync('../../packages/db/migrations', 'dist/migrations', { recursive: true });
  },
});
