import { randomBytes } from 'node:crypto';
import { auth, type CoreConfig, type Deps, jobs, mail, payments } from '@mercato/core';
import type { Db } from '@mercato/db';
import { type Api, apiClient, createTestDatabase, listen, type TestDatabase } from '@mercato/testing';
import type PgBoss from 'pg-boss';
import pino from 'pino';
import { type AppOptions, createApp } from '../src/app';
import { wireServices } from '../src/runtime/services';

export const TEST_SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret-0123');

export function testConfig(overrides: Partial<CoreConfig['auth']> = {}): CoreConfig {
  return {
    auth: {
      jwtSecret: TEST_SECRET,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 30 * 86_400,
      loginMaxFailures: 10,
      ...overrides,
    },
    currency: 'usd',
    checkout: { holdTtlSeconds: 30 * 60, holdsPerIp: 0, maxLineQuantity: 100 },
  };
}

export interface TestServer {
  url: string;
  api: Api;
  /** The app itself, for requests that go through no socket (`app.request`). */
  app: ReturnType<typeof createApp>;
  deps: Deps;
  boss: PgBoss;
  database: TestDatabase;
  close(): Promise<void>;
}

export type TestServerOptions = Partial<Omit<AppOptions, 'deps'>> & {
  auth?: Partial<CoreConfig['auth']>;
  /** Share another server's database (to prove state lives in PostgreSQL). */
  database?: TestDatabase;
  /** Run the e-mail worker in this process, sending over SMTP to this URL. */
  smtpUrl?: string;
  checkout?: Partial<CoreConfig['checkout']>;
  /** The payment provider; the simulator (on this server's own database) when unset. */
  payments?: (db: Db) => payments.PaymentGateway;
  log?: Deps['log'];
  /** The clock of the app (deps.now): token lifetimes, rate-limit windows, timestamps. */
  now?: () => Date;
};

/** The real app on a real socket over a database of this file's own. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const database = opts.database ?? (await createTestDatabase());
  const boss = await jobs.startJobQueue(database.url, { supervise: false });
  const logger = opts.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const mailer = opts.smtpUrl
    ? mail.createMailer({ smtpUrl: opts.smtpUrl, outboxDir: '', from: 'Mercato <shop@example.com>' })
    : null;
  const config = testConfig(opts.auth);
  config.checkout = { ...config.checkout, ...opts.checkout };
  // The port is known only once listening: the simulator's URLs read it then.
  const where = { url: 'http://localhost' };
  const deps = await wireServices({
    database,
    boss,
    config,
    storefrontUrl: null,
    logger,
    payments:
      opts.payments ??
      ((db) =>
        payments.createSimulatorGateway({
          db,
          get publicUrl() {
            return where.url;
          },
        })),
    // Polls faster than production's 2 s, so retries and deliveries do not make tests wait.
    ...(mailer ? { worker: { mailer, pollingIntervalSeconds: 0.5 } } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    log: opts.log ?? (() => {}),
  });
  const app = createApp({
    deps,
    logger,
    corsOrigins: opts.corsOrigins ?? '*',
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 100_000,
    trustProxy: opts.trustProxy ?? false,
    bodyLimitBytes: opts.bodyLimitBytes ?? 1024 * 1024,
    trpcMaxBatch: opts.trpcMaxBatch ?? 10,
    publicUrl: opts.publicUrl ?? 'http://localhost',
    isReady:
      opts.isReady ??
      (async () => {
        await database.pool.query('SELECT 1');
        return true;
      }),
  });
  const server = await listen(app.fetch);
  where.url = server.url;
  return {
    url: server.url,
    api: apiClient(server.url),
    app,
    deps,
    boss,
    database,
    close: async () => {
      await server.close();
      await boss.stop({ graceful: false, wait: true, timeout: 2_000 });
      mailer?.close();
      if (!opts.database) await database.close();
    },
  };
}

export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomBytes(4).toString('hex')}@example.com`;
export const PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  role: 'customer' | 'seller' | 'admin';
  accessToken: string;
  refreshToken: string;
}

/** Registers through the API; admins are made by the bootstrap path, as in production. */
export async function createUser(
  server: TestServer,
  role: TestUser['role'] = 'customer',
  email = uniqueEmail(role),
): Promise<TestUser> {
  if (role === 'admin') await auth.ensureAdmin(server.deps.db, email, PASSWORD);
  const res =
    role === 'admin'
      ? await server.api('POST', '/api/users/login', {
          body: { email, password: PASSWORD },
        })
      : await server.api('POST', '/api/users/register', {
          body: { email, password: PASSWORD, role },
        });
  if (res.status !== 200 && res.status !== 201) throw new Error(`createUser failed: ${res.status} ${res.text}`);
  return {
    id: res.body.user.id,
    email,
    role,
    accessToken: res.body.accessToken,
    refreshToken: res.body.refreshToken,
  };
}
