import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import { createJWTSignatureMessage, encodeJWT, JWSRegisteredHeaders, JWTRegisteredClaims, parseJWT } from '@oslojs/jwt';
import type { Role } from '../users/roles';
import { isRole } from '../users/roles';

export interface AccessClaims {
  sub: string;
  role: Role;
  /** The login (refresh-token family) the token was issued on; absent on tokens made outside a login. */
  sid?: string;
  jti: string;
  iat: number;
  exp: number;
}

export function signAccessToken(
  secret: Uint8Array,
  claims: { sub: string; role: Role; sid?: string },
  ttlSeconds: number,
  now: Date,
): string {
  const iat = Math.floor(now.getTime() / 1000);
  const jti = encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(16)));
  const header = JSON.stringify({ alg: 'HS256', typ: 'JWT' });
  const payload = JSON.stringify({
    sub: claims.sub,
    role: claims.role,
    ...(claims.sid ? { sid: claims.sid } : {}),
    jti,
    iat,
    exp: iat + ttlSeconds,
  });
  const signature = hmac(SHA256, secret, createJWTSignatureMessage(header, payload));
  return encodeJWT(header, payload, signature);
}

/**
 * The claims of an `Authorization: Bearer <token>` header whose token is
 * valid and unexpired, else null. The one place that reads the header.
 */
export function bearerClaims(secret: Uint8Array, header: string | null | undefined, now: Date): AccessClaims | null {
  const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  return token ? verifyAccessToken(secret, token, now) : null;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Three base64url segments in their one canonical spelling: no padding, no stray trailing bits or characters. */
function isCanonical(token: string): boolean {
  const segments = token.split('.');
  return (
    segments.length === 3 &&
    segments.every((s) => SEGMENT.test(s) && Buffer.from(s, 'base64url').toString('base64url') === s)
  );
}

/**
 * Returns the claims of a valid, unexpired HS256 token, else null. The
 * algorithm is pinned. Any malformed part (a non-string `alg`, an `exp` that
 * is not a number, a non-canonical segment) is an invalid token, never a fault.
 */
export function verifyAccessToken(secret: Uint8Array, token: string, now: Date): AccessClaims | null {
  if (!isCanonical(token)) return null;
  try {
    return verifyParsed(secret, parseJWT(token), now);
  } catch {
    return null;
  }
}

function verifyParsed(secret: Uint8Array, parsed: ReturnType<typeof parseJWT>, now: Date): AccessClaims | null {
  const [header, payload, signature, message] = parsed;
  const headers = new JWSRegisteredHeaders(header);
  if (!headers.hasAlgorithm() || headers.algorithm() !== 'HS256') return null;
  if (!constantTimeEqual(hmac(SHA256, secret, message), signature)) return null;
  const claims = new JWTRegisteredClaims(payload);
  if (!claims.hasExpiration() || !claims.hasSubject() || !claims.hasJWTId() || !claims.hasIssuedAt()) return null;
  if (claims.expiration().getTime() <= now.getTime()) return null;
  const role = (payload as { role?: unknown }).role;
  if (!isRole(role)) return null;
  const { sub, sid, jti, iat, exp } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || typeof jti !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') {
    return null;
  }
  if (sid !== undefined && typeof sid !== 'string') return null;
  return {
    sub: claims.subject(),
    role,
    ...(sid ? { sid } : {}),
    jti: claims.jwtId(),
    iat: Math.floor(claims.issuedAt().getTime() / 1000),
    exp: Math.floor(claims.expiration().getTime() / 1000),
  };
}
