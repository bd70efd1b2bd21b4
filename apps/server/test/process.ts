import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs one of the server package's entry points: TypeScript source through tsx (`node --import tsx
 * <script>`), or with `loader: false` a compiled one with plain node, as production runs the build.
 */
export function run(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  opts: { loader?: boolean } = {},
): Proc {
  const node = opts.loader === false ? [script, ...args] : ['--import', 'tsx', script, ...args];
  const child = spawn(process.execPath, node, {
    cwd: serverDir,
    // A clean environment: only what the test sets, plus PATH for the embedded PostgreSQL.
    // Under `pnpm test:coverage` each child writes its raw V8 coverage there (scripts/coverage.mjs merges it).
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'warn',
      ...(process.env.MERCATO_CHILD_COVERAGE ? { NODE_V8_COVERAGE: process.env.MERCATO_CHILD_COVERAGE } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls until `check` answers something truthy; fails early when the process has exited. */
export async function waitUntil<T>(
  proc: Proc,
  what: string,
  check: () => T | undefined | null | false,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = check();
    if (value) return value;
    if (proc.child.exitCode !== null) throw new Error(`exited early (${what}): ${proc.stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}: ${proc.stdout()} ${proc.stderr()}`);
}

export async function stop(proc: Proc): Promise<{ code: number | null; ms: number }> {
  const t0 = performance.now();
  proc.child.kill('SIGTERM');
  const code = await proc.exited;
  return { code, ms: performance.now() - t0 };
}

/**
 * A POST the test holds open: the headers go out with `Expect: 100-continue`; the server's
 * "100 Continue" proves it has accepted and parsed the request (it is in flight); the body
 * follows only when the test calls send().
 */
export function heldPost(url: string, body: unknown) {
  const payload = JSON.stringify(body);
  const req = http.request(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
      expect: '100-continue',
    },
  });
  const accepted = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('response', (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.once('error', reject);
  });
  req.flushHeaders();
  return { accepted, response, send: () => req.end(payload) };
}
