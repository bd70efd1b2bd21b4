import type { UserRow } from '@mercato/db';
import type { Role } from './roles';

export interface User {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** False once an admin deactivated the account: it cannot log in, refresh or call anything. */
  isActive: boolean;
  createdAt: string;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  isActive: row.isActive,
  createdAt: row.createdAt.toISOString(),
});

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
