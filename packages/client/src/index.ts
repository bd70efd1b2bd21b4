export type { AppRouter, RouterInputs, RouterOutputs } from '@mercato/api';
export { createMercatoClient, isMercatoError, type MercatoClient, type MercatoClientOptions } from './client';
export { type AuthSession, type AuthSessionOptions, createAuthSession, type SessionTokens } from './session';
