import type { UserRow } from '@mercato/db';
import type { Role } from './roles';

export interface User {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: string;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.createdAt.toISOString(),
});

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
