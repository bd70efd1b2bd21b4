import { categories, products, type Tx } from '@mercato/db';
import { and, eq, fillPlaceholders, type SQL, sql } from 'drizzle-orm';
import { afterCursor, type KeyValue, orderByOf } from '../shared/keyset';
import { preparedOn } from '../shared/prepared';
import { COLUMN_ORDERS, type ColumnSort, live, type ProductFieldsRow, productFields } from './product';

type Row = ProductFieldsRow & { score: number };

export interface ListShape {
  sort: ColumnSort;
  categoryId?: string;
  inStock?: boolean;
  after: KeyValue[] | null;
  fetch: number;
}

/**
 * A product list with no text and no price range (the catalog's pages): the
 * same SQL planSearch builds, made once per shape with placeholders and run as
 * a named prepared statement. Its plan does not hinge on the values (an order
 * served by its index, at most an equality on the category), so PostgreSQL's
 * cached plan is the one it would choose anyway.
 */
export function listQuery(db: Tx, shape: ListShape) {
  const order = COLUMN_ORDERS[shape.sort];
  const name = `products_list_${shape.sort}${shape.categoryId ? '_c' : ''}${shape.inStock ? '_s' : ''}${shape.after ? '_a' : ''}`;
  const prepared = preparedOn(db, name, (d) => {
    const filters: SQL[] = [live];
    if (shape.categoryId) filters.push(eq(products.categoryId, sql.placeholder('categoryId')));
    if (shape.inStock) filters.push(sql`${products.stock} > 0`);
    if (shape.after)
      filters.push(
        afterCursor(
          order,
          order.keys.map((_, i) => sql.placeholder(`k${i}`)),
        ),
      );
    return d
      .select({ ...productFields, score: sql<number>`${sql`0::float8`}`.mapWith(Number) })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(and(...filters))
      .orderBy(...orderByOf(order))
      .limit(sql.placeholder('limit'))
      .prepare(name);
  });
  const values: Record<string, unknown> = { limit: shape.fetch, categoryId: shape.categoryId };
  shape.after?.forEach((v, i) => {
    values[`k${i}`] = v;
  });
  return {
    toSQL: () => {
      const query = prepared.getQuery();
      return { sql: query.sql, params: fillPlaceholders(query.params, values) };
    },
    execute: () => prepared.execute(values) as Promise<Row[]>,
  };
}
