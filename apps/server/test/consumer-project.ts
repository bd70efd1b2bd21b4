import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * A consumer's project outside the workspace: npm installs what a stranger
 * would, and each compiler type-checks the code with its own `tsc --init`
 * config, untouched (strict, as TypeScript makes it).
 */
export const run = promisify(execFile);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A version pinned in the pnpm catalog (pnpm-workspace.yaml). */
export async function catalogVersion(name: string): Promise<string> {
  const yaml = await readFile(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
  const escaped = name.replace(/[/@.-]/g, (c) => `\\${c}`);
  const version = yaml.match(new RegExp(`^\\s+"?${escaped}"?:\\s*(\\S+)`, 'm'))?.[1];
  if (!version) throw new Error(`${name} is not in the catalog`);
  return version;
}

/** npm's `typescript` today is 7.x (the native compiler); the workspace builds with the catalog's 5.9. */
export const TYPESCRIPT_7 = '7.0.2';
export const COMPILERS = ['ts59', 'ts7'] as const;
export type Compiler = (typeof COMPILERS)[number];

export async function createConsumerProject(prefix: string, dependencies: Record<string, string>): Promise<string> {
  const project = await mkdtemp(path.join(tmpdir(), `mercato-${prefix}-`));
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: prefix,
      private: true,
      type: 'module',
      dependencies,
      devDependencies: {
        ts59: `npm:typescript@${await catalogVersion('typescript')}`,
        ts7: `npm:typescript@${TYPESCRIPT_7}`,
      },
    }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project, timeout: 180_000 });
  return project;
}

/**
 * Copies `files` into `<project>/<compiler>/`, writes that compiler's default
 * config there (`tsc --init`) and type-checks (and emits) with it. Answers the
 * compiler's output: empty when clean. `checkLibraries` also checks every
 * declaration file (skipLibCheck off), the only change to the default.
 */
export async function compileWith(
  project: string,
  compiler: Compiler,
  files: string[],
  opts: { checkLibraries?: boolean } = {},
): Promise<string> {
  const dir = path.join(project, opts.checkLibraries ? `${compiler}-libs` : compiler);
  await mkdir(dir, { recursive: true });
  for (const file of files) await copyFile(file, path.join(dir, path.basename(file)));
  const tsc = path.join(project, 'node_modules', compiler, 'bin', 'tsc');
  await run('node', [tsc, '--init'], { cwd: dir });
  if (opts.checkLibraries) {
    // Stricter than the default: the packages' own declarations are checked too.
    const config = path.join(dir, 'tsconfig.json');
    const text = await readFile(config, 'utf8');
    if (!text.includes('"skipLibCheck": true')) throw new Error(`${compiler}'s tsc --init no longer sets skipLibCheck`);
    await writeFile(config, text.replace('"skipLibCheck": true', '"skipLibCheck": false'));
  }
  const result = await run('node', [tsc, '-p', '.'], { cwd: dir }).catch((e: { stdout?: string }) => e);
  return `${result.stdout ?? ''}`.trim();
}
