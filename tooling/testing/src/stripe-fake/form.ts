/**
 * Stripe's request encoding: application/x-www-form-urlencoded with bracket
 * notation for nested objects and indexed arrays, e.g.
 * `line_items[0][price_data][product_data][name]=Mug&metadata[orderId]=o_1`.
 * Values stay strings, as on the wire; an empty value means "unset".
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const splitKey = (key: string): string[] => {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/gy;
  re.lastIndex = open;
  let m = re.exec(key);
  while (m) {
    parts.push(m[1] ?? '');
    if (re.lastIndex === key.length) return parts;
    m = re.exec(key);
  }
  throw new Error(`Invalid parameter name: ${key}`);
};

/** Parses a form body (or query string) into nested objects; numeric keys become arrays. */
export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = splitKey(key);
    let node: { [key: string]: FormValue } = root;
    for (let i = 0; i < path.length; i++) {
      const part = path[i] === '' ? String(Object.keys(node).length) : (path[i] as string);
      if (i === path.length - 1) {
        node[part] = value;
      } else {
        const next = node[part];
        if (next === undefined) node[part] = {};
        else if (typeof next === 'string') throw new Error(`Invalid parameter name: ${key}`);
        node = node[part] as { [key: string]: FormValue };
      }
    }
  }
  return toArrays(root) as FormObject;
}

/** Objects whose keys are exactly 0..n-1 are arrays, as Stripe reads `a[0]`, `a[1]`. */
function toArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, toArrays(value[k] as FormValue)] as const);
  const indexed = keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
  if (indexed) {
    const sorted = [...entries].sort((a, b) => Number(a[0]) - Number(b[0]));
    if (sorted.every(([k], i) => Number(k) === i)) return sorted.map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
