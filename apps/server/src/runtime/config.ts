import type { CoreConfig } from '@mercato/core';
import type { Env } from '../env';

export function coreConfig(env: Env, jwtSecret: Uint8Array): CoreConfig {
  return {
    auth: {
      jwtSecret,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_DAYS * 86_400,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
    },
    currency: env.CURRENCY,
    checkout: {
      holdTtlSeconds: env.CHECKOUT_TTL_MINUTES * 60,
      holdsPerIp: env.CHECKOUT_HOLDS_PER_IP,
      maxLineQuantity: env.MAX_LINE_QUANTITY,
    },
  };
}

export function corsOrigins(env: Env): string[] | '*' {
  if (env.CORS_ORIGINS) {
    const list = env.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    return list.includes('*') ? '*' : list;
  }
  return env.NODE_ENV === 'production' ? [] : '*';
}

export const publicUrl = (env: Env, port: number): string =>
  (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
