import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: true,
  // The router type is inlined from the workspace packages, so consumers need only @trpc/*.
  dts: { resolve: [/^@mercato\//] },
  external: ['@trpc/client', '@trpc/server'],
});
