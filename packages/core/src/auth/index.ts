export type { AuthConfig } from './config';
export { setActive } from './deactivation';
export { welcomeEmailJob } from './jobs';
export { type AccessClaims, bearerClaims, signAccessToken } from './jwt';
export { ARGON2_PARAMS, hashPassword } from './password';
export { changeRole } from './role-change';
export { type AuthResult, ensureAdmin, login, logout, refresh, register } from './service';
export { purgeExpiredRefreshTokens, type TokenPair } from './tokens';
