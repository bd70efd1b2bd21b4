export { ROLES, type Role } from './roles';
export { currentRole, findUser, getUser, listUsers } from './service';
export type { User } from './user';
