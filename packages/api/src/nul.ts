/**
 * The path of the first string (or object key) in `input` that holds a NUL
 * character, else null. PostgreSQL text cannot store NUL, so any such input is
 * the client's error (400), whatever field it sits in. Walks iteratively, so
 * deep nesting cannot overflow the stack.
 */
export function nulPath(input: unknown): (string | number)[] | null {
  const stack: [unknown, (string | number)[]][] = [[input, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, [...path, i]]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return [...path, key];
        stack.push([item, [...path, key]]);
      }
    }
  }
  return null;
}
