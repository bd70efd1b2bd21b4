import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64urlNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 32 random bytes for the client; only their SHA-256 is ever stored. */
export function generateRefreshToken(): { token: string; hash: string } {
  const token = encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(32)));
  return { token, hash: hashRefreshToken(token) };
}

export const hashRefreshToken = (token: string): string => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
