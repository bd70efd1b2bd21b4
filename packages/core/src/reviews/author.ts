import { users } from '@mercato/db';
import { sql } from 'drizzle-orm';

/** The display name shown beside a review or comment; read at query time so renames follow. */
export const authorName = () => sql<string>`coalesce(nullif(trim(${users.name}), ''), 'Anonymous')`;
