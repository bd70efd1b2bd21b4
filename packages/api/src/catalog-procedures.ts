import { roleProcedure } from './trpc';

/** Admins and sellers: who may create and change products. */
export const sellerProcedure = roleProcedure('admin', 'seller');
