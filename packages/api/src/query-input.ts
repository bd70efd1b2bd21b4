import { z } from 'zod';
import { restProcedureOf } from './rest-meta';

type Kind = 'number' | 'boolean' | 'other';

/** What a field takes once optional, default and pipe wrappers are peeled off. */
function kindOf(schema: unknown): Kind {
  let current = schema;
  for (let depth = 0; depth < 10 && current instanceof z.ZodType; depth++) {
    const def = current._zod.def as { type: string; innerType?: unknown; in?: unknown };
    if (def.type === 'number') return 'number';
    if (def.type === 'boolean') return 'boolean';
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return 'other';
}

/** The object schema of an input, itself or under the prefault of an all-optional input (optionalInput). */
function objectOf(input: unknown): z.ZodObject | undefined {
  if (input instanceof z.ZodObject) return input;
  if (input instanceof z.ZodPrefault && input._zod.def.innerType instanceof z.ZodObject)
    return input._zod.def.innerType;
  return undefined;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function convert(kind: Kind, value: string): unknown {
  if (kind === 'number' && NUMBER.test(value)) return Number(value);
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  // Anything else stays text, so validation answers a 400 naming the field.
  return value;
}

/**
 * A REST query string as the procedure's input wants it: the tRPC inputs are
 * exactly typed (a number is a number), so the text of a query string is
 * turned into numbers and booleans here, on the REST side only. Values stay in
 * arrays, as trpc-to-openapi reads a parsed query (it drops falsy values).
 * Undefined when no REST route matches.
 */
export function restQueryOf(
  method: string,
  restPath: string,
  params: URLSearchParams,
): Record<string, unknown[]> | undefined {
  const input = objectOf(restProcedureOf(method, restPath)?.input);
  const shape = input ? (input.shape as Record<string, unknown>) : {};
  const query: Record<string, unknown[]> = {};
  for (const key of new Set(params.keys())) {
    const kind = Object.hasOwn(shape, key) ? kindOf(shape[key]) : 'other';
    query[key] = params.getAll(key).map((v) => convert(kind, v));
  }
  return query;
}
