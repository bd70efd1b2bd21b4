// `pnpm start`: with NODE_ENV=production, the compiled server (`pnpm build`), with no TypeScript loader;
// otherwise the TypeScript source through tsx, as in development. In this process, so signals reach the
// server itself (and node:cluster forks this same script for WEB_CONCURRENCY's API processes).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/server');
if (process.env.NODE_ENV === 'production') {
  const main = path.join(server, 'dist/server/main.js');
  if (!existsSync(main)) {
    process.stderr.write('mercato: the compiled server is missing: run `pnpm build` first\n');
    process.exit(1);
  }
  await import(pathToFileURL(main).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(server, 'src/main.ts')).href);
}
