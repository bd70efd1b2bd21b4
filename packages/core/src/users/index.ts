export { isRole, ROLES, type Role } from './roles';
export { findUser, getUser, listUsers } from './service';
export { normalizeEmail, toUser, type User } from './user';
