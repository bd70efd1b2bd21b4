import { type SQL, sql } from 'drizzle-orm';
import { PAID_STATUSES } from './model';
import { boughtBy, lit, param, productColumns, scoredCandidates, servable } from './suggest-query';

/** How many ranked candidates a user's list keeps (the largest `limit` is 50). */
export const LIST_SIZE = 60;

const ORDER = sql.raw('score DESC, sold_count DESC, id');

/**
 * Writes one user's list: the serving query's own scored candidates for that
 * user (fill `withCart` with false), the best LIST_SIZE in the order the
 * serving query ranks them. `complete` says no candidate was left out.
 */
export function listBuildQuery(): SQL {
  const { user } = param;
  return sql`${scoredCandidates()}, best AS (
      SELECT * FROM scored ORDER BY ${ORDER} LIMIT ${lit(LIST_SIZE + 1)}
    ), list AS (SELECT * FROM best ORDER BY ${ORDER} LIMIT ${lit(LIST_SIZE)})
    INSERT INTO rec_user_lists (user_id, product_ids, because_ids, favourite_category, complete, history, built_at)
    SELECT ${user}, coalesce(array_agg(id ORDER BY ${ORDER}), '{}'),
        coalesce(array_agg(CASE WHEN cf > 0 THEN because END ORDER BY ${ORDER}), '{}'),
        coalesce(array_agg(cat_aff > 0 ORDER BY ${ORDER}), '{}'),
        (SELECT count(*) FROM best) <= ${lit(LIST_SIZE)},
        EXISTS (SELECT 1 FROM orders o WHERE o.user_id = ${user} AND o.status IN ${PAID_STATUSES}),
        statement_timestamp()
      FROM list
    ON CONFLICT (user_id) DO UPDATE SET product_ids = excluded.product_ids, because_ids = excluded.because_ids,
      favourite_category = excluded.favourite_category, complete = excluded.complete, history = excluded.history,
      built_at = excluded.built_at`;
}

/** Serving reads the first `limit` × PREFIX_PER_ITEM entries of a list: enough unless many went out of stock. */
const PREFIX_PER_ITEM = 3;

/**
 * The answer from the user's list, when they have one and an empty cart:
 * of the list's first entries, what is still in stock, not deleted and not
 * bought since, with at most ceil(limit / 2) per category first, as the
 * serving query keeps them. One row always comes back, with `cartLines`
 * (then the cart is the context: suggest-context.ts) and the list's own
 * fields even when nothing is chosen (null without a list); `fits` counts the entries within their category's
 * share and `complete` says the entries read were every candidate there
 * was, so the caller can tell whether they hold the exact answer
 * (suggest.ts): the first `limit` entries within their share are the same
 * whether the rest of the list is read or not.
 */
export function listServeQuery(): SQL {
  const { user, limit } = param;
  const cap = sql`ceil(${limit} / 2.0)`;
  const prefix = sql`(${limit} * ${lit(PREFIX_PER_ITEM)})`;
  return sql`
    WITH cart AS (SELECT EXISTS (SELECT 1 FROM cart_items WHERE user_id = ${user}) AS lines),
    l AS (SELECT r.* FROM cart, rec_user_lists r WHERE r.user_id = ${user} AND NOT cart.lines),
    listed AS (
      SELECT u.* FROM l CROSS JOIN LATERAL unnest(l.product_ids, l.because_ids, l.favourite_category)
        WITH ORDINALITY AS u(id, because, favourite, ord)
        WHERE u.ord <= ${prefix}
    ), ${boughtBy(user)}, valid AS (
      SELECT x.*, row_number() OVER (PARTITION BY p.category_id ORDER BY x.ord) AS in_category
        FROM listed x JOIN products p ON p.id = x.id
        WHERE ${servable(user)}
    ), chosen AS (SELECT * FROM valid ORDER BY (in_category > ${cap}), ord LIMIT ${limit})
    SELECT cart.lines AS "cartLines", l.complete AND cardinality(l.product_ids) <= ${prefix} AS complete, l.history,
        (SELECT count(*)::int FROM valid WHERE in_category <= ${cap}) AS fits,
        ${productColumns}, ch.favourite, b.name AS because
      FROM cart LEFT JOIN l ON true LEFT JOIN (chosen ch CROSS JOIN LATERAL (SELECT * FROM products WHERE id = ch.id OFFSET 0) p
        JOIN categories c ON c.id = p.category_id
        LEFT JOIN LATERAL (SELECT name FROM products WHERE id = ch.because OFFSET 0) b ON true) ON true
      ORDER BY (ch.in_category > ${cap}), ch.ord`;
}
