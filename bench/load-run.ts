import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { percentile, round, stopChild, urlFrom } from './server-process';

export interface LoadResult {
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** autocannon on one URL for `seconds` (bounded: it stops itself), with latencies kept for exact percentiles. */
export async function load(
  url: string,
  opts: {
    seconds: number;
    connections: number;
    headers?: Record<string, string>;
    /** Headers per request (one token per shopper, say), instead of the same ones for all. */
    headersFor?: (i: number) => Record<string, string>;
  },
) {
  const latencies: number[] = [];
  let sent = 0;
  const { headersFor } = opts;
  const requests = headersFor && [
    { setupRequest: (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, ...headersFor(sent++) } }) },
  ];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: opts.connections, duration: opts.seconds, headers: opts.headers, requests },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  return {
    reqPerSec: round(result.requests.total / (result.duration || opts.seconds), 0),
    p50: round(percentile(latencies, 50), 2),
    p95: round(percentile(latencies, 95), 2),
    p99: round(percentile(latencies, 99), 2),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  } satisfies LoadResult;
}

/** Resident memory (MB) of a process and all its descendants (a cluster primary and its workers). */
export function treeRssMb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return round(kb / 1024, 0);
}

/** The largest tree RSS seen while `work` runs, sampled every 200 ms. */
export async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peakMb = treeRssMb(pid);
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, treeRssMb(pid));
  }, 200);
  try {
    const value = await work();
    return { value, peakMb: Math.max(peakMb, treeRssMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}

/** The bare floor (load-floor.ts) as a child process; `processes` > 1 runs it behind node:cluster. */
export async function startFloor(env: Record<string, string>, processes: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'load-floor.ts'], {
    cwd: import.meta.dirname,
    env: { PATH: process.env.PATH ?? '', ...env, FLOOR_PROCESSES: String(processes) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await urlFrom(child, /floor listening on (\S+)/, 'floor');
  return { url, pid: child.pid ?? 0, stop: () => stopChild(child) };
}
