import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const composeFile = path.join(root, 'docker-compose.yml');

const SECRETS = {
  JWT_SECRET: 'x'.repeat(48),
  POSTGRES_PASSWORD: 'a1b2c3d4e5f6',
  ADMIN_EMAIL: 'admin@shop.example',
  ADMIN_PASSWORD: 'a long admin password',
  STRIPE_SECRET_KEY: 'sk_test_123',
  STRIPE_WEBHOOK_SECRET: 'whsec_local',
};

/** Debian's docker-compose (v1) or the docker compose plugin, whichever this machine has. */
async function composeCommand(): Promise<string[] | null> {
  for (const cmd of [['docker-compose'], ['docker', 'compose']]) {
    const ok = await run(cmd[0] ?? '', [...cmd.slice(1), 'version']).then(
      () => true,
      () => false,
    );
    if (ok) return cmd;
  }
  return null;
}

const compose = await composeCommand();
let text: string;
let envDir: string;
beforeAll(async () => {
  text = await readFile(composeFile, 'utf8');
  envDir = await mkdtemp(path.join(tmpdir(), 'mercato-compose-'));
  // An empty env file: a developer's own .env must not make the test pass.
  await writeFile(path.join(envDir, 'empty.env'), '');
});
afterAll(() => rm(envDir, { recursive: true, force: true }));

/** `compose config` with exactly these variables (and PATH), as a clean shell would run it. */
function config(vars: Record<string, string>, quiet = true) {
  const [cmd, ...pre] = compose ?? [];
  const args = [...pre, '--env-file', path.join(envDir, 'empty.env'), '-f', composeFile, 'config'];
  return run(cmd ?? '', quiet ? [...args, '-q'] : args, { env: { PATH: process.env.PATH ?? '', ...vars } });
}

/** The lines of one service (indented two spaces under `services:`, as both the file and `config` write them). */
function serviceBlock(yaml: string, name: string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`  ${name}:`);
  if (start < 0) throw new Error(`no service ${name}`);
  const end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

describe('docker-compose.yml for real use', () => {
  it('pins every image to a version, never latest', () => {
    const images = [...text.matchAll(/^\s+image:\s*(\S+)/gm)].map((m) => m[1] ?? '');
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) expect(image, image).toMatch(/:v?\d+(\.\d+)+[\w.-]*$/);
    expect(text).not.toMatch(/:latest\b/);
  });

  it('gives no secret a default, and keeps the healthchecks', () => {
    for (const name of Object.keys(SECRETS)) {
      expect(text, name).toMatch(new RegExp(`\\$\\{${name}:\\?[^}]+\\}`));
      expect(text, name).not.toMatch(new RegExp(`\\$\\{${name}:?-`));
    }
    expect(text).toMatch(/postgres:[\s\S]*healthcheck:[\s\S]*pg_isready/);
    expect(text).toMatch(/condition: service_healthy/);
  });

  it.skipIf(!process.env.PATH)(
    'validates with compose and refuses to start without each secret, naming it',
    async () => {
      if (!compose) return expect.soft(compose, 'neither docker-compose nor docker compose is installed').toBeNull();
      await expect(config(SECRETS)).resolves.toBeDefined();
      for (const name of Object.keys(SECRETS)) {
        const { [name]: _missing, ...rest } = SECRETS as Record<string, string>;
        const failed = await config(rest).then(
          () => null,
          (e: { stderr: string }) => e,
        );
        expect(failed, name).not.toBeNull();
        expect(failed?.stderr, name).toContain(`set ${name}`);
      }
    },
  );

  it('publishes neither PostgreSQL nor stripe-mock on the host', async () => {
    const resolved = compose ? (await config(SECRETS, false)).stdout : text;
    for (const service of ['postgres', 'stripe-mock'])
      expect(serviceBlock(resolved, service), service).not.toMatch(/ports:/);
    // Mailpit's UI only on the loopback interface.
    expect(serviceBlock(resolved, 'mailpit')).toMatch(/127\.0\.0\.1:8025:8025/);
  });
});
