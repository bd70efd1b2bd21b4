import { users } from '@mercato/core';
import { z } from 'zod';
import { idSchema, optionalInput, pageInput } from './common';
import { strictBool, text } from './text';

export const roleSchema = z.enum(users.ROLES);

export const userOutput = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: roleSchema,
    isActive: z.boolean().describe('False once an admin deactivated the account'),
    createdAt: z.string().describe('ISO 8601, UTC'),
  })
  .meta({ id: 'User' });

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Invalid email address' }));
const password = z.string().min(8, 'At least 8 characters').max(128, 'At most 128 characters');

export const registerInput = z.object({
  email,
  password,
  name: text(1, 100, { trim: true }).optional(),
  role: z
    .enum(['customer', 'seller'])
    .optional()
    .describe('customer (default) or seller; asking for admin is refused with 403'),
});

export const loginInput = z.object({
  email,
  password: z.string().min(1).max(128),
});

export const refreshInput = z.object({
  refreshToken: z.string().min(1).max(200),
});

export const tokenPairOutput = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    expiresIn: z.number().int().describe('Access token lifetime in seconds'),
  })
  .meta({ id: 'TokenPair' });

export const authOutput = tokenPairOutput.extend({ user: userOutput }).meta({ id: 'AuthResult' });

export const listUsersInput = optionalInput(
  z.object({
    ...pageInput,
    role: roleSchema.optional(),
  }),
);

export const updateRoleInput = z.object({ id: idSchema, role: roleSchema });

export const updateUserInput = z.object({
  id: idSchema,
  isActive: strictBool().describe(
    'false deactivates the account (it cannot log in, refresh or call anything); true reactivates it',
  ),
});
