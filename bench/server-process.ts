import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/server');

export interface RunningServer {
  url: string;
  /** The server's process id (with WEB_CONCURRENCY > 1, the primary's). */
  pid: number;
  stop(): Promise<void>;
}

/** The compiled server (`pnpm build`), which production runs without a TypeScript loader. */
export const COMPILED_MAIN = 'dist/server/main.js';

/**
 * The real server process, as `pnpm start` runs it: on DATABASE_URL when the
 * caller gives one, else on an embedded PostgreSQL in a throwaway DATA_DIR.
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  opts: { compiled?: boolean } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mercato-bench-'));
  await chmod(dataDir, 0o755);
  const args = opts.compiled ? [COMPILED_MAIN] : ['--import', 'tsx', 'src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_DEMO: 'false',
      // Production refuses the payment simulator; a benchmark that makes no payment needs only the settings.
      ...(env.NODE_ENV === 'production'
        ? { PAYMENTS_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'sk_test_bench', STRIPE_WEBHOOK_SECRET: 'whsec_bench' }
        : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await urlFrom(child, /API:\s+(http:\/\/\S+)\/api/, 'server');
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The first match of `pattern` on a child's stdout; stdout is drained after it (a full pipe would stall the child). */
export function urlFrom(child: ChildProcess, pattern: RegExp, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out: string | null = '';
    child.stdout?.on('data', (d) => {
      if (out === null) return;
      out += d;
      const m = pattern.exec(out);
      if (m?.[1]) {
        out = null;
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Runs `total` calls of `fn` with `concurrency` in flight; returns latencies (ms) and wall time. */
export async function drive(
  total: number,
  concurrency: number,
  fn: (i: number) => Promise<void>,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const s = performance.now();
        await fn(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - t0 };
}

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
