import { refreshTokens, type Tx } from '@mercato/db';
import type { AuthConfig } from './config';
import { signAccessToken } from './jwt';
import { generateRefreshToken } from './refresh-token';
import type { Role } from './roles';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** Issues an access token and the next refresh token of `familyId` (a new family on login). */
export async function issueTokens(
  db: Tx,
  cfg: AuthConfig,
  user: { id: string; role: Role },
  familyId: string,
  now: Date,
): Promise<TokenPair> {
  const { token, hash } = generateRefreshToken();
  await db.insert(refreshTokens).values({
    familyId,
    userId: user.id,
    tokenHash: hash,
    createdAt: now,
    expiresAt: new Date(now.getTime() + cfg.refreshTokenTtlSeconds * 1000),
  });
  return {
    accessToken: signAccessToken(cfg.jwtSecret, { sub: user.id, role: user.role }, cfg.accessTokenTtlSeconds, now),
    refreshToken: token,
    expiresIn: cfg.accessTokenTtlSeconds,
  };
}
