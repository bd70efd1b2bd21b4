import { z } from 'zod';

/** What a query value is converted to, by the field it fills. */
export type QueryKind = 'number' | 'boolean' | 'other';

/** What the REST adapter needs of a procedure's input schema, worked out once at start-up. */
export interface RestInputShape {
  /** The input is void-like (`z.void()`, none): the procedure gets `undefined`, whatever was sent. */
  none: boolean;
  /** Fields that take an array: one query value is wrapped in an array, as trpc-to-openapi does. */
  arrayKeys: string[];
  /** How the query string's text becomes each field's type (fields not listed stay text). */
  queryKinds: Map<string, QueryKind>;
}

type Def = {
  type: string;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  getter?: () => unknown;
};
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/**
 * The schema trpc-to-openapi looks at for an input: wrappers (optional,
 * default, prefault, nullable, lazy, arrays) peeled off, and a pipe read by
 * its output unless that output is a transform.
 */
function unwrapped(schema: unknown): unknown {
  const def = defOf(schema);
  switch (def?.type) {
    case 'array':
      return unwrapped(def.element);
    case 'enum':
      return z.string();
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
      return unwrapped(def.innerType);
    case 'lazy':
      return unwrapped(def.getter?.());
    case 'pipe':
      return unwrapped(defOf(def.out)?.type === 'transform' ? def.in : def.out);
    default:
      return schema;
  }
}

const isArray = (schema: unknown) =>
  schema instanceof z.ZodArray || (schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodArray);

/** What a field takes once optional, default and pipe wrappers are peeled off. */
function kindOf(schema: unknown): QueryKind {
  let current = schema;
  for (let depth = 0; depth < 10 && current instanceof z.ZodType; depth++) {
    const def = current._zod.def as Def;
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

export function inputShapeOf(input: unknown): RestInputShape {
  // A procedure without `.input()` takes an empty object, as trpc-to-openapi assumes.
  const top = input === undefined ? z.object({}) : unwrapped(input);
  const type = defOf(top)?.type;
  const fields = top instanceof z.ZodObject ? (top.shape as Record<string, unknown>) : {};
  const object = objectOf(input);
  const queryFields = object ? (object.shape as Record<string, unknown>) : {};
  return {
    none: type === 'void' || type === 'undefined' || type === 'never',
    arrayKeys: Object.keys(fields).filter((key) => isArray(fields[key])),
    queryKinds: new Map(Object.entries(queryFields).map(([key, field]) => [key, kindOf(field)])),
  };
}
