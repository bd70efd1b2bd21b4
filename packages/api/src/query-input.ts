import type { QueryKind, RestInputShape } from './rest-input-shape';

const NUMBER = /^-?\d+(\.\d+)?$/;

function convert(kind: QueryKind | undefined, value: string): unknown {
  if (kind === 'number' && NUMBER.test(value)) return Number(value);
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  // Anything else stays text, so validation answers a 400 naming the field.
  return value;
}

/**
 * A REST query string as the procedure's input wants it: the tRPC inputs are
 * exactly typed (a number is a number), so the text of a query string is
 * turned into numbers and booleans here, on the REST side only. As
 * trpc-to-openapi reads a query, a key given once is its value and a repeated
 * key the array of its values (which validation refuses where one is due).
 */
export function restQueryOf(shape: RestInputShape, params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const kind = shape.queryKinds.get(key);
    const values = params.getAll(key);
    query[key] = values.length === 1 ? convert(kind, values[0] as string) : values.map((v) => convert(kind, v));
  }
  return query;
}
