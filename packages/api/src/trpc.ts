import { AppError, auth, databaseBusy, FieldError, isPoolTimeout, users } from '@mercato/core';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { type Context, unwrapDeps } from './context';
import type { Meta } from './meta';
import { nulPath } from './nul';

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
  code: string;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    // Never put stacks in answers, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const field = error.cause instanceof FieldError ? error.cause : null;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        message: internal ? 'Internal server error' : zod ? 'Input validation failed' : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          issues: zod
            ? zod.issues.map(toIssue)
            : field
              ? [{ path: [field.field], message: field.message, code: 'custom' }]
              : undefined,
        },
      };
    },
  });

function toIssue(issue: ZodError['issues'][number]): ErrorIssue {
  return {
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
    code: issue.code,
  };
}

export const router = t.router;
export const middleware = t.middleware;

/** A domain error as the tRPC error of the same code (and so the contract's status); a pool wait that ran out as a 503. */
function domainError(error: unknown): TRPCError | null {
  const cause = isPoolTimeout(error) ? databaseBusy() : error;
  return cause instanceof AppError ? new TRPCError({ code: cause.code, message: cause.message, cause }) : null;
}

/**
 * A NUL anywhere in a mutation's input (body, query or path; values or keys) is
 * a 400 naming the field: what a mutation takes may be stored, and PostgreSQL
 * text cannot hold NUL. Queries keep their own rules (search strips NUL from
 * its words; an id with NUL is simply not one of ours, 404).
 */
async function nulError(type: string, getRawInput: () => Promise<unknown>): Promise<TRPCError | null> {
  const path = type === 'mutation' ? nulPath(await getRawInput()) : null;
  return path ? domainError(new FieldError(path.join('.') || 'input', 'Must not contain NUL characters')) : null;
}

/**
 * Every procedure's frame, in one middleware because each hop through tRPC's
 * chain copies its options and context: domain errors become tRPC errors, the
 * dependencies join the context (`core` is them as domain functions take
 * them, with the clock rather than one reading of it), and with `refuseNul`
 * a mutation's input is checked for NUL first (an authenticated procedure
 * checks it after the token instead: without one the answer is 401, whatever
 * was sent).
 */
const frame = (refuseNul: boolean) =>
  t.middleware(async ({ ctx, type, getRawInput, next }) => {
    const nul = refuseNul ? await nulError(type, getRawInput) : null;
    if (nul) throw nul;
    const deps = unwrapDeps(ctx.deps);
    const result = await next({ ctx: { ...deps, core: deps, now: deps.now() } });
    if (!result.ok) {
      const mapped = domainError(result.error.cause ?? result.error);
      if (mapped) throw mapped;
    }
    return result;
  });

const refuseNul = t.middleware(async ({ type, getRawInput, next }) => {
  const nul = await nulError(type, getRawInput);
  if (nul) throw nul;
  return next();
});

const baseProcedure = t.procedure.use(frame(false));

export const publicProcedure = t.procedure.use(frame(true));

export interface SessionUser {
  id: string;
  role: users.Role;
}

/**
 * A valid access token of an account that still exists, with the role the
 * account has *now* (one primary-key read): a role change or a deleted account
 * takes effect at once, not when the token expires.
 */
const requireUser = t.middleware(async ({ ctx, next }) => {
  const deps = unwrapDeps(ctx.deps);
  const header = ctx.authorization;
  if (!header)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Missing bearer token',
    });
  const claims = auth.bearerClaims(deps.config.auth.jwtSecret, header, deps.now());
  if (!claims)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Invalid or expired access token',
    });
  const role = await users.currentRole(deps.db, claims.sub, claims.sid);
  if (!role)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Invalid or expired access token',
    });
  const user: SessionUser = { id: claims.sub, role };
  return next({ ctx: { user } });
});

/** Authentication comes before any input check: without a valid token the answer is 401, whatever was sent. */
export const authedProcedure = baseProcedure.use(requireUser).use(refuseNul);

export const roleProcedure = (...roles: users.Role[]) =>
  baseProcedure
    .use(requireUser)
    .use(({ ctx, next }) => {
      if (!roles.includes(ctx.user.role)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `Requires role ${roles.join(' or ')}`,
        });
      }
      return next();
    })
    .use(refuseNul);

export const adminProcedure = roleProcedure('admin');
