import { availableParallelism } from 'node:os';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
const optional = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), s.optional()) as unknown as z.ZodOptional<T>;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65_535).default(3000),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')),
  DATA_DIR: z.string().min(1).default('.data'),
  JWT_SECRET: optional(z.string().refine((s) => new TextEncoder().encode(s).length >= 32, 'must be at least 32 bytes')),
  ACCESS_TOKEN_TTL_SECONDS: int(30, 86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
  ADMIN_EMAIL: optional(z.email()),
  ADMIN_PASSWORD: optional(z.string().min(8).max(128)),
  PAYMENTS_PROVIDER: optional(z.enum(['stripe', 'simulator'])),
  STRIPE_SECRET_KEY: optional(z.string().min(1)),
  STRIPE_WEBHOOK_SECRET: optional(z.string().min(1)),
  STRIPE_API_BASE: optional(z.url()),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')),
  MAIL_FROM: z.string().min(3).default('Mercato <no-reply@localhost>'),
  PUBLIC_URL: optional(z.url()),
  STOREFRONT_URL: optional(z.url({ protocol: /^https?$/ })),
  CURRENCY: z
    .string()
    .regex(/^[a-z]{3}$/, 'must be a lower-case ISO 4217 code')
    .default('usd'),
  SEED_DEMO: bool.default(true),
  CORS_ORIGINS: optional(z.string()),
  RATE_LIMIT_PER_MINUTE: int(0).default(600),
  TRUST_PROXY: bool.default(false),
  LOGIN_MAX_FAILURES: int(1).default(10),
  BODY_LIMIT_BYTES: int(1024).default(1024 * 1024),
  TRPC_MAX_BATCH: int(1, 1000).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKER: bool.default(true),
  CHECKOUT_TTL_MINUTES: int(1, 1440).default(30),
  CHECKOUT_HOLDS_PER_IP: int(0).default(20),
  MAX_LINE_QUANTITY: int(1, 10_000).default(100),
  WEB_CONCURRENCY: optional(int(1, 256)),
});

/** Secrets the repository ships as examples (docker-compose.yml, .env.example): never valid in production. */
const PLACEHOLDER_SECRETS = new Set([
  'local-compose-secret-change-me-0123456789',
  'at-least-32-bytes-of-random-secret-material',
]);
const isPlaceholderSecret = (s: string) => PLACEHOLDER_SECRETS.has(s) || /change[-_ ]?me/i.test(s);

export type Env = Omit<z.output<typeof envSchema>, 'WEB_CONCURRENCY'> & {
  PAYMENTS_PROVIDER: 'stripe' | 'simulator';
  /** API processes sharing the port: all cores in production, one elsewhere, unless set. */
  WEB_CONCURRENCY: number;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The one place that reads the environment. A bad value names its variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = String(first?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${name}: ${first?.message ?? 'invalid'}`);
  }
  const env = {
    ...parsed.data,
    PAYMENTS_PROVIDER: parsed.data.PAYMENTS_PROVIDER ?? (parsed.data.STRIPE_SECRET_KEY ? 'stripe' : 'simulator'),
    WEB_CONCURRENCY:
      parsed.data.WEB_CONCURRENCY ?? (parsed.data.NODE_ENV === 'production' ? availableParallelism() : 1),
  } as Env;
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET: required when NODE_ENV=production');
  }
  if (env.NODE_ENV === 'production' && env.JWT_SECRET && isPlaceholderSecret(env.JWT_SECRET)) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET: a placeholder from the examples; set 32+ random bytes (e.g. openssl rand -base64 48)',
    );
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid configuration: ADMIN_EMAIL and ADMIN_PASSWORD go together');
  }
  checkPayments(env);
  return env;
}

function checkPayments(env: Env): void {
  if (env.PAYMENTS_PROVIDER === 'simulator') {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError(
        'Invalid configuration: PAYMENTS_PROVIDER: the simulator takes no real payments and is refused when NODE_ENV=production; set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET',
      );
    }
    return;
  }
  if (!env.STRIPE_SECRET_KEY)
    throw new ConfigError('Invalid configuration: STRIPE_SECRET_KEY: required with PAYMENTS_PROVIDER=stripe');
  if (!env.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration: STRIPE_WEBHOOK_SECRET: required with PAYMENTS_PROVIDER=stripe');
  }
  // Stripe expires a Checkout Session no sooner than 30 minutes after it is made.
  if (env.CHECKOUT_TTL_MINUTES < 30) {
    throw new ConfigError(
      'Invalid configuration: CHECKOUT_TTL_MINUTES: at least 30 with Stripe (its shortest session)',
    );
  }
}

/** pnpm runs scripts inside the package; relative paths are meant from where the user typed the command. */
export const invocationDir = (source: Record<string, string | undefined> = process.env): string =>
  source.INIT_CWD ?? process.cwd();
