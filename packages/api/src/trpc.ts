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

/**
 * Domain errors become tRPC errors with the same code (and so the contract's
 * status); a wait for a database connection that ran out becomes a 503.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = isPoolTimeout(result.error) ? databaseBusy() : result.error.cause;
    if (cause instanceof AppError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

const withDeps = t.middleware(({ ctx, next }) => {
  const deps = unwrapDeps(ctx.deps);
  // `core` is the dependencies as domain functions take them (with the clock, not one reading of it).
  return next({ ctx: { ...deps, core: deps, now: deps.now() } });
});

/**
 * A NUL anywhere in a mutation's input (body, query or path; values or keys) is
 * a 400 naming the field: what a mutation takes may be stored, and PostgreSQL
 * text cannot hold NUL. Queries keep their own rules (search strips NUL from
 * its words; an id with NUL is simply not one of ours, 404).
 */
const refuseNul = t.middleware(async ({ type, getRawInput, next }) => {
  const path = type === 'mutation' ? nulPath(await getRawInput()) : null;
  if (path) throw new FieldError(path.join('.') || 'input', 'Must not contain NUL characters');
  return next();
});

const baseProcedure = t.procedure.use(domainErrors).use(withDeps);

export const publicProcedure = baseProcedure.use(refuseNul);

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
