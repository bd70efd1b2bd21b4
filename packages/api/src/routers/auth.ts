import { auth, users } from '@mercato/core';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { authOutput, loginInput, refreshInput, registerInput, tokenPairOutput, userOutput } from '../schemas/auth';
import { okOutput } from '../schemas/common';
import { authedProcedure, middleware, publicProcedure, router } from '../trpc';

const tags = ['auth'];

/**
 * Registration never grants admin, and asking for it is a 403 (the contract),
 * not a 400: checked before validation, so the schema, the document and the
 * SDK's types offer only the roles one may ask for.
 */
const refuseAdminRole = middleware(async ({ getRawInput, next }) => {
  const raw = await getRawInput();
  if (typeof raw === 'object' && raw !== null && (raw as { role?: unknown }).role === 'admin') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Registration cannot ask for the admin role' });
  }
  return next();
});

export const authRouter = router({
  register: publicProcedure
    .use(refuseAdminRole)
    .meta({
      openapi: {
        method: 'POST',
        path: '/users/register',
        tags,
        protect: false,
        summary: 'Create an account',
        errorResponses: {
          400: 'Invalid input',
          403: 'The admin role was asked for',
          409: 'Email already registered',
          429: 'Rate limited',
        },
      },
      successStatus: 201,
    })
    .input(registerInput)
    .output(authOutput)
    .mutation(({ ctx, input }) => auth.register(ctx.uow, ctx.config.auth, input, ctx.now)),

  login: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/users/login',
        tags,
        protect: false,
        summary: 'Log in with email and password',
        errorResponses: {
          400: 'Invalid input',
          401: 'Wrong email or password',
          429: 'Too many failed logins',
        },
      },
    })
    .input(loginInput)
    .output(authOutput)
    .mutation(({ ctx, input }) => auth.login(ctx.db, ctx.config.auth, { ...input, clientIp: ctx.clientIp }, ctx.now)),

  refresh: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/users/refresh',
        tags,
        protect: false,
        summary: 'Trade a refresh token for a new pair (the old one is retired)',
        errorResponses: {
          400: 'Invalid input',
          401: 'Unknown, expired, revoked or reused refresh token',
        },
      },
    })
    .input(refreshInput)
    .output(tokenPairOutput)
    .mutation(({ ctx, input }) => auth.refresh(ctx.db, ctx.config.auth, input.refreshToken, ctx.now)),

  logout: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/users/logout',
        tags,
        protect: false,
        summary: 'Revoke the login that this refresh token belongs to',
        description:
          'The refresh token alone is enough (no access token needed, so an expired session can still sign out). An unknown token answers 200 too.',
        errorResponses: {
          400: 'Invalid input',
        },
      },
    })
    .input(refreshInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await auth.logout(ctx.db, input.refreshToken, ctx.now);
      return { ok: true as const };
    }),

  me: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/users/me',
        tags,
        summary: 'The authenticated user',
        errorResponses: {
          401: 'Missing or invalid access token',
          404: 'The user no longer exists',
        },
      },
    })
    .input(z.void())
    .output(userOutput)
    .query(({ ctx }) => users.getUser(ctx.db, ctx.user.id)),
});
