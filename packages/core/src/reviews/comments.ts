import { comments, type Tx, users } from '@mercato/db';
import { and, eq } from 'drizzle-orm';
import { requireLiveProduct } from '../catalog/live-product';
import { keysetPage, newestFirst } from '../shared/keyset';
import type { Page } from '../shared/pagination';
import { authorName } from './author';

export interface Comment {
  id: string;
  productId: string;
  userId: string;
  authorName: string;
  /** Exactly what the author sent; clients render it as text, never as HTML. */
  body: string;
  createdAt: string;
}

const commentFields = {
  id: comments.id,
  productId: comments.productId,
  userId: comments.userId,
  authorName: authorName(),
  body: comments.body,
  createdAt: comments.createdAt,
};

const order = newestFirst(comments.createdAt, comments.id);

type CommentRow = Omit<Comment, 'createdAt'> & { createdAt: Date };
const toComment = (r: CommentRow): Comment => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function createComment(
  db: Tx,
  input: { userId: string; productId: string; body: string },
  now: Date = new Date(),
): Promise<Comment> {
  await requireLiveProduct(db, input.productId);
  const [saved] = await db
    .insert(comments)
    .values({ productId: input.productId, userId: input.userId, body: input.body, createdAt: now })
    .returning({ id: comments.id });
  if (!saved) throw new Error('insert returned no row');
  const [row] = await db
    .select(commentFields)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(eq(comments.id, saved.id));
  if (!row) throw new Error('comment vanished');
  return toComment(row);
}

export async function listComments(
  db: Tx,
  productId: string,
  input: { limit: number; cursor?: string | null },
): Promise<Page<Comment>> {
  await requireLiveProduct(db, productId);
  return keysetPage(
    order,
    input,
    (after) =>
      db
        .select(commentFields)
        .from(comments)
        .innerJoin(users, eq(users.id, comments.userId))
        .where(and(eq(comments.productId, productId), after)),
    toComment,
    (r) => [r.createdAt, r.id],
  );
}
