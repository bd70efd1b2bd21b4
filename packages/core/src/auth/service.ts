import { randomUUID } from 'node:crypto';
import { refreshTokens, type Tx } from '@mercato/db';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { AppError } from '../shared/errors';
import type { UnitOfWork } from '../shared/job';
import { isUniqueViolation } from '../shared/pg-errors';
import { findUserByEmail, insertUser, updateUser } from '../users/accounts';
import type { Role } from '../users/roles';
import { findUser } from '../users/service';
import { normalizeEmail, toUser, type User } from '../users/user';
import type { AuthConfig } from './config';
import { welcomeEmailJob } from './jobs';
import { reserveLoginAttempt } from './login-limit';
import { getDummyHash, hashPassword, verifyPassword } from './password';
import { hashRefreshToken } from './refresh-token';
import { issueTokens, type TokenPair } from './tokens';

export interface AuthResult extends TokenPair {
  user: User;
}

const invalidCredentials = () => new AppError('UNAUTHORIZED', 'Invalid email or password');
const invalidRefresh = () => new AppError('UNAUTHORIZED', 'Invalid or expired refresh token');

export async function register(
  uow: UnitOfWork,
  cfg: AuthConfig,
  input: { email: string; password: string; name?: string | null; role?: Role },
  now: Date = new Date(),
): Promise<AuthResult> {
  const role = input.role ?? 'customer';
  if (role === 'admin') throw new AppError('FORBIDDEN', 'Registration cannot ask for the admin role');
  const passwordHash = await hashPassword(input.password);
  try {
    return await uow(async (tx, enqueue) => {
      const row = await insertUser(tx, {
        email: input.email,
        name: input.name ?? null,
        role,
        passwordHash,
        createdAt: now,
      });
      if (!row) throw new Error('insert returned no row');
      const tokens = await issueTokens(tx, cfg, row, randomUUID(), now);
      await enqueue(welcomeEmailJob, { userId: row.id });
      return { user: toUser(row), ...tokens };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'This email is already registered');
    throw err;
  }
}

export async function login(
  db: Tx,
  cfg: AuthConfig,
  input: { email: string; password: string; clientIp: string },
  now: Date = new Date(),
): Promise<AuthResult> {
  const email = normalizeEmail(input.email);
  const attempt = await reserveLoginAttempt(db, cfg, email, input.clientIp, now);
  const row = await findUserByEmail(db, email);
  // An unknown e-mail still pays for one verification, so timing does not reveal which accounts exist.
  const ok = await verifyPassword(row?.passwordHash ?? (await getDummyHash()), input.password);
  if (!row || !ok) throw invalidCredentials();
  // Said only to whoever knows the password: an unknown e-mail and a wrong password stay alike.
  if (!row.isActive) throw new AppError('FORBIDDEN', 'This account is deactivated');
  await attempt.succeeded();
  const tokens = await issueTokens(db, cfg, row, randomUUID(), now);
  return { user: toUser(row), ...tokens };
}

/**
 * Rotates a refresh token. The conditional UPDATE retires it atomically, so of
 * concurrent refreshes exactly one wins. A token that was already retired is
 * a replay: the whole family (that login) is revoked.
 */
export async function refresh(db: Tx, cfg: AuthConfig, token: string, now: Date = new Date()): Promise<TokenPair> {
  const hash = hashRefreshToken(token);
  const outcome = await db.transaction(async (tx) => {
    const [retired] = await tx
      .update(refreshTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(refreshTokens.tokenHash, hash),
          isNull(refreshTokens.usedAt),
          isNull(refreshTokens.revokedAt),
          gt(refreshTokens.expiresAt, now),
        ),
      )
      .returning({
        userId: refreshTokens.userId,
        familyId: refreshTokens.familyId,
      });
    if (!retired) return null;
    const user = await findUser(tx, retired.userId);
    if (!user?.isActive) return null;
    return issueTokens(tx, cfg, user, retired.familyId, now);
  });
  if (outcome) return outcome;

  const [known] = await db
    .select({ familyId: refreshTokens.familyId, usedAt: refreshTokens.usedAt })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hash));
  if (known?.usedAt) await revokeFamily(db, known.familyId, now);
  throw invalidRefresh();
}

/**
 * Ends a login: every token of the family is revoked and retired (usedAt), so
 * the family has no token left to refresh with, which is what makes the
 * per-call check (users.currentRole) refuse the login's access tokens too.
 */
async function revokeFamily(db: Tx, familyId: string, now: Date = new Date()): Promise<void> {
  await db
    .update(refreshTokens)
    .set({
      revokedAt: sql`coalesce(${refreshTokens.revokedAt}, ${now})`,
      usedAt: sql`coalesce(${refreshTokens.usedAt}, ${now})`,
    })
    .where(
      and(eq(refreshTokens.familyId, familyId), or(isNull(refreshTokens.revokedAt), isNull(refreshTokens.usedAt))),
    );
}

export async function revokeAllForUser(db: Tx, userId: string, now: Date = new Date()): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}

/**
 * Ends the login that `token` belongs to. The refresh token alone is enough
 * (whoever holds it could use it anyway), so a client whose access token has
 * expired can still sign out. Idempotent: an unknown token changes nothing.
 */
export async function logout(db: Tx, token: string, now: Date = new Date()): Promise<void> {
  const [row] = await db
    .select({ familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)));
  if (row) await revokeFamily(db, row.familyId, now);
}

/** Start-up bootstrap: the configured admin exists, has the admin role and the configured password. */
export async function ensureAdmin(db: Tx, email: string, password: string): Promise<User> {
  const existing = await findUserByEmail(db, email);
  if (!existing) {
    const passwordHash = await hashPassword(password);
    const row = await insertUser(db, { email, name: 'Administrator', role: 'admin', passwordHash }, { ifAbsent: true });
    if (row) return toUser(row);
    return ensureAdmin(db, email, password);
  }
  const passwordOk = await verifyPassword(existing.passwordHash, password);
  const row = await updateUser(db, existing.id, {
    role: 'admin',
    isActive: true,
    updatedAt: new Date(),
    ...(passwordOk ? {} : { passwordHash: await hashPassword(password) }),
  });
  return toUser(row ?? existing);
}
