import { auth, users } from '@mercato/core';
import { listUsersInput, updateRoleInput, updateUserInput, userOutput } from '../schemas/auth';
import { pageOf } from '../schemas/common';
import { adminProcedure, router } from '../trpc';

const tags = ['users'];

export const usersRouter = router({
  list: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/users',
        tags,
        summary: 'List users (admin)',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          403: 'Not an admin',
        },
      },
    })
    .input(listUsersInput)
    .output(pageOf(userOutput))
    .query(({ ctx, input }) => users.listUsers(ctx.db, input)),

  updateRole: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/users/{id}/role',
        tags,
        summary: 'Change a user’s role (admin); a demotion revokes the user’s refresh tokens',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          403: 'Not an admin',
          404: 'Unknown user',
          409: 'An admin cannot change their own role, nor demote the last admin',
        },
      },
    })
    .input(updateRoleInput)
    .output(userOutput)
    .mutation(({ ctx, input }) =>
      auth.changeRole(ctx.db, { actorId: ctx.user.id, userId: input.id, role: input.role }, ctx.now),
    ),

  update: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/users/{id}',
        tags,
        summary: 'Deactivate or reactivate a user (admin)',
        description:
          'A deactivated user cannot log in (403) or refresh (401; every refresh token is revoked), and their access tokens are refused at once (401).',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          403: 'Not an admin',
          404: 'Unknown user',
          409: 'An admin cannot deactivate themselves, nor the last active admin',
        },
      },
    })
    .input(updateUserInput)
    .output(userOutput)
    .mutation(({ ctx, input }) =>
      auth.setActive(ctx.db, { actorId: ctx.user.id, userId: input.id, isActive: input.isActive }, ctx.now),
    ),
});
