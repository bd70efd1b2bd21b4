export { type AuthConfig, LOGIN_FAILURE_WINDOW_MS, LOGIN_IP_FACTOR } from './config';
export { welcomeEmailJob } from './jobs';
export { type AccessClaims, bearerClaims, signAccessToken, verifyAccessToken } from './jwt';
export { ARGON2_PARAMS, hashPassword, verifyPassword } from './password';
export { changeRole } from './role-change';
export {
  type AuthResult,
  ensureAdmin,
  login,
  logout,
  refresh,
  register,
  revokeAllForUser,
  revokeFamily,
} from './service';
export { purgeExpiredRefreshTokens, type TokenPair } from './tokens';
