import { refreshTokens, type Tx } from '@mercato/db';
import { deleteBefore } from '../shared/purge';
import type { Role } from '../users/roles';
import type { AuthConfig } from './config';
import { signAccessToken } from './jwt';
import { generateRefreshToken } from './refresh-token';

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
    accessToken: signAccessToken(
      cfg.jwtSecret,
      { sub: user.id, role: user.role, sid: familyId },
      cfg.accessTokenTtlSeconds,
      now,
    ),
    refreshToken: token,
    expiresIn: cfg.accessTokenTtlSeconds,
  };
}

/** Expired refresh tokens are kept this long, so a replay shortly after expiry is still recognised. */
const REFRESH_TOKEN_KEEP_MS = 24 * 60 * 60 * 1000;

/** Deletes refresh tokens long expired (the maintenance job). */
export async function purgeExpiredRefreshTokens(db: Tx, now: Date = new Date()): Promise<number> {
  return deleteBefore(db, refreshTokens, refreshTokens.expiresAt, new Date(now.getTime() - REFRESH_TOKEN_KEEP_MS));
}
