import { readFileSync } from 'node:fs';

/**
 * `tsx profile-summary.ts <file.cpuprofile> [top]`: self time of a V8 CPU
 * profile (node --cpu-prof) by module (npm package or our workspace package)
 * and by function, as Markdown, so a before/after pair can be compared.
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function moduleOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const ours = /\/(apps|packages|bench)\/([^/]+)\//.exec(url);
  if (ours) return `@mercato/${ours[2]}`;
  if (url.startsWith('node:')) return 'node (internal)';
  return url;
}

const byModule = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const mod = moduleOf(url, functionName);
  byModule.set(mod, (byModule.get(mod) ?? 0) + us);
  const fn = `${functionName || '(anonymous)'} ${mod}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}

const table = (title: string, m: Map<string, number>) => {
  const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `| ${title} | self ms | share |`,
    '| --- | --- | --- |',
    ...rows.map(
      ([k, us]) => `| ${k.replaceAll('|', '\\|')} | ${(us / 1000).toFixed(0)} | ${((us / total) * 100).toFixed(1)} % |`,
    ),
  ].join('\n');
};
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n\n`);
process.stdout.write(`${table('module', byModule)}\n\n${table('function', byFunction)}\n`);
