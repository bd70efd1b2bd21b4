import { AppError, auth, type Deps, FieldError, users } from '@mercato/core';
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

/** Domain errors become tRPC errors with the same code (and so the contract's status). */
const fromDomain = (cause: AppError) => new TRPCError({ code: cause.code, message: cause.message, cause });

/**
 * Runs one base middleware's steps and what follows it, with domain errors
 * (thrown by the steps, or by any later middleware or the resolver) turned
 * into tRPC errors. Each base procedure is one middleware, not a chain of
 * them: tRPC copies the options at every middleware, and the whole ctx at
 * every one that adds to it.
 */
async function domainErrors<T extends { ok: boolean }>(run: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await run();
  } catch (cause) {
    throw cause instanceof AppError ? fromDomain(cause) : cause;
  }
  if (!result.ok) {
    const cause = (result as { error?: TRPCError }).error?.cause;
    if (cause instanceof AppError) throw fromDomain(cause);
  }
  return result;
}

/** What procedures find in ctx: every dependency, `core` (the dependencies as domain functions take them, with the clock, not one reading of it) and `now`. */
const depsContext = (deps: Deps) => ({ ...deps, core: deps, now: deps.now() });

/**
 * A NUL anywhere in a mutation's input (body, query or path; values or keys) is
 * a 400 naming the field: what a mutation takes may be stored, and PostgreSQL
 * text cannot hold NUL. Queries keep their own rules (search strips NUL from
 * its words; an id with NUL is simply not one of ours, 404).
 */
async function refuseNul(type: string, getRawInput: () => Promise<unknown>): Promise<void> {
  const path = type === 'mutation' ? nulPath(await getRawInput()) : null;
  if (path) throw new FieldError(path.join('.') || 'input', 'Must not contain NUL characters');
}

export interface SessionUser {
  id: string;
  role: users.Role;
}

/**
 * A valid access token of an account that still exists, with the role the
 * account has *now* (one primary-key read): a role change or a deleted account
 * takes effect at once, not when the token expires.
 */
async function sessionUser(deps: Deps, header: string | null): Promise<SessionUser> {
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
  return { id: claims.sub, role };
}

export const publicProcedure = t.procedure.use(({ ctx, type, getRawInput, next }) =>
  domainErrors(async () => {
    const context = depsContext(unwrapDeps(ctx.deps));
    await refuseNul(type, getRawInput);
    return next({ ctx: context });
  }),
);

/**
 * Authentication comes before any input check: without a valid token the
 * answer is 401, whatever was sent. With roles, the role is checked next.
 */
const signedIn = (roles: readonly users.Role[] | null) =>
  t.procedure.use(({ ctx, type, getRawInput, next }) =>
    domainErrors(async () => {
      const deps = unwrapDeps(ctx.deps);
      const context = depsContext(deps);
      const user = await sessionUser(deps, ctx.authorization);
      if (roles && !roles.includes(user.role)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `Requires role ${roles.join(' or ')}`,
        });
      }
      await refuseNul(type, getRawInput);
      return next({ ctx: { ...context, user } });
    }),
  );

export const authedProcedure = signedIn(null);

export const roleProcedure = (...roles: users.Role[]) => signedIn(roles);

export const adminProcedure = roleProcedure('admin');
