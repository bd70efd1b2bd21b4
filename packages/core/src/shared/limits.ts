/** The largest value of a PostgreSQL `integer` column (prices, stock, counts). */
export const INT4_MAX = 2_147_483_647;
