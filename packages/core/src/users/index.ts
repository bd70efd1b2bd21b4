export { ROLES, type Role } from './roles';
export { findUser, getUser, listUsers } from './service';
export type { User } from './user';
