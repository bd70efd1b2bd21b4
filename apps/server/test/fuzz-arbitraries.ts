import fc from 'fast-check';
import type { JsonSchema } from './security-suite';

/** Characters that break naive code: NUL, zero-width and bidi marks, a lone surrogate, fillers, line breaks. */
const ODD = [
  '\u0000',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2060',
  '\u00ad',
  '\u202e',
  '\ud800',
  '\udfff',
  '\u3164',
  '\n',
  '\t',
  ' ',
];
const odd = fc.constantFrom(...ODD);
const TRICKS = [
  '',
  '__proto__',
  'constructor',
  'toString',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  ['$', '{jndi:ldap://x}'].join(''),
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  'null',
  'true',
  '[]',
  '{}',
  '😀'.repeat(50),
];

export const hugeAndTiny = fc.constantFrom(
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  100,
  101,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 1,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
);

function hostileString(s: JsonSchema): fc.Arbitrary<string> {
  const max = s.maxLength ?? 200;
  const min = s.minLength ?? 0;
  return fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.array(odd, { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
    fc.tuple(fc.string({ maxLength: 8 }), odd).map(([a, b]) => `${a}${b}${a}`),
    fc.constantFrom(...TRICKS),
    fc.constant('x'.repeat(max + 1)),
    fc.constant('x'.repeat(Math.max(0, min - 1))),
    fc.constant(`${'\u00e9'.repeat(max)}\u0301`),
  );
}

/** `{ a: { a: … } }` or `[[…]]`, `depth` levels. */
const nested = (depth: number, array: boolean): unknown => {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
};
export const deep = fc.tuple(fc.integer({ min: 20, max: 500 }), fc.boolean()).map(([d, a]) => nested(d, a));
export const prototypeKeys = fc.constantFrom(
  JSON.parse('{"__proto__":{"role":"admin","isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"role":"admin"}}}'),
  JSON.parse('{"__proto__":null,"toString":"x","valueOf":1,"hasOwnProperty":"y"}'),
);
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hugeAndTiny,
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.string({ maxLength: 5 }),
);

const types = (s: JsonSchema) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/** A value for a field of schema `s`: mostly of its type at and past its bounds, sometimes of another shape. */
export function valueFor(s: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 3) return wrongType;
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valueFor(a, depth + 1)));
  let own: fc.Arbitrary<unknown>;
  if (s.enum) own = fc.oneof(fc.constantFrom(...s.enum), fc.constant(String(s.enum[0]).toUpperCase()));
  else if (types(s).includes('integer') || types(s).includes('number')) {
    const lo = (s.minimum ?? -1e6) - 1;
    const hi = (s.maximum ?? 1e6) + 1;
    own = fc.oneof(hugeAndTiny, fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31) }), fc.double());
  } else if (types(s).includes('string')) own = hostileString(s);
  else if (types(s).includes('boolean')) own = fc.boolean();
  else if (types(s).includes('array')) own = fc.array(valueFor(s.items, depth + 1), { maxLength: 4 });
  else if (types(s).includes('object') || s.properties) own = objectFor(s, depth + 1);
  else own = wrongType;
  return fc.oneof({ arbitrary: own, weight: 6 }, { arbitrary: wrongType, weight: 2 }, deep, prototypeKeys);
}

/** An object of schema `s`: each property present or not, hostile, with prototype keys mixed in now and then. */
export function objectFor(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const record = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valueFor(v, depth)])), {
    requiredKeys: [],
  });
  return fc
    .tuple(record, fc.option(prototypeKeys, { freq: 4 }))
    .map(([r, proto]) => (proto ? { ...(r as object), ...proto } : r));
}

/** A query or path value: strings as they are, anything else as its JSON text. */
export const asParam = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));
