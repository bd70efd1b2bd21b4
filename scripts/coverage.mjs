// `pnpm test:coverage`: every test with V8 coverage, plus the child processes the tests start
// (the server, the worker and the CLIs run as `node --import tsx ...`), merged, reported per package.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import libCoverage from 'istanbul-lib-coverage';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'coverage');
const childRaw = path.join(out, 'children-raw');
const PACKAGES = ['apps/server', 'packages/core', 'packages/api', 'packages/db', 'packages/client', 'tooling/testing'];

rmSync(out, { recursive: true, force: true });
mkdirSync(childRaw, { recursive: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const step = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

// 1. The tests, in-process coverage by Vitest; children write raw V8 coverage (apps/server/test/process.ts).
const testStatus = step(bin('vitest'), ['run', '--coverage'], { MERCATO_CHILD_COVERAGE: childRaw });

// 2. The children's raw V8 coverage, through their tsx source maps, to Istanbul JSON.
const include = PACKAGES.map((p) => `${p}/src/**`);
step(bin('c8'), [
  'report',
  '--temp-directory',
  childRaw,
  '--reports-dir',
  path.join(out, 'children'),
  '--reporter',
  'json',
  '--exclude-after-remap',
  ...include.flatMap((g) => ['--include', g]),
  '--exclude',
  '**/*.test.ts',
]);

// 3. Per package. The two sources instrument differently (Vitest maps statements and branches from the
// AST; c8 counts lines and V8 blocks), so they are not merged map by map: lines are merged as a union of
// executed lines over Vitest's executable lines; branches are shown for the tests alone and for children alone.
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
const tests = libCoverage.createCoverageMap(read(path.join(out, 'tests', 'coverage-final.json')));
const children = libCoverage.createCoverageMap(read(path.join(out, 'children', 'coverage-final.json')));

const inPackage = (file, pkg) => file.startsWith(path.join(root, pkg, 'src') + path.sep);
const pct = (covered, total) => (total ? `${((100 * covered) / total).toFixed(1)}%` : 'n/a');
const summaryOf = (map, pkg) => {
  const summary = libCoverage.createCoverageSummary();
  for (const file of map.files()) if (inPackage(file, pkg)) summary.merge(map.fileCoverageFor(file).toSummary());
  return summary;
};
const mergedLines = (pkg) => {
  let covered = 0;
  let total = 0;
  const files = new Set([...tests.files(), ...children.files()].filter((f) => inPackage(f, pkg)));
  for (const file of files) {
    const own = tests.files().includes(file) ? tests.fileCoverageFor(file).getLineCoverage() : null;
    const child = children.files().includes(file) ? children.fileCoverageFor(file).getLineCoverage() : {};
    for (const [line, hits] of Object.entries(own ?? child)) {
      total++;
      if (hits > 0 || (child[line] ?? 0) > 0) covered++;
    }
  }
  return pct(covered, total);
};
const rows = PACKAGES.map((pkg) => {
  const t = summaryOf(tests, pkg);
  const c = summaryOf(children, pkg);
  return [
    pkg,
    pct(t.lines.covered, t.lines.total),
    pct(t.branches.covered, t.branches.total),
    mergedLines(pkg),
    pct(c.lines.covered, c.lines.total),
    pct(c.branches.covered, c.branches.total),
  ];
});
const header = [
  'package',
  'lines (tests)',
  'branches (tests)',
  'lines (tests + children)',
  'lines (children only)',
  'branches (children only)',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const table = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
writeFileSync(path.join(out, 'by-package.md'), `${table}\n`);
process.stdout.write(
  `\nCoverage per package (coverage/by-package.md; Istanbul JSON in coverage/tests, coverage/children):\n${table}\n`,
);
process.exit(testStatus);
