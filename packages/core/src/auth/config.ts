export interface AuthConfig {
  jwtSecret: Uint8Array;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  loginMaxFailures: number;
}

export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** An address may fail this many times the per-email allowance (shared NATs, offices). */
export const LOGIN_IP_FACTOR = 5;
/** Failures per e-mail across all addresses (distributed guessing), as a multiple of the per-address allowance. */
export const LOGIN_EMAIL_FACTOR = 10;
