/** A step of the walk: its value and how it was reached (a parent link, so no path is copied per level). */
interface Step {
  value: unknown;
  key: string | number | null;
  parent: Step | null;
}

function pathOf(step: Step, last?: string): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let s: Step | null = step; s && s.key !== null; s = s.parent) path.push(s.key);
  return path.reverse();
}

/**
 * The path of the first string (or object key) in `input` that holds a NUL
 * character, else null. PostgreSQL text cannot store NUL, so any such input is
 * the client's error (400), whatever field it sits in. Walks iteratively, so
 * deep nesting cannot overflow the stack, and in time linear in the input's
 * size however deep it is (the path is built only for the one it reports).
 */
export function nulPath(input: unknown): (string | number)[] | null {
  const stack: Step[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const { value } = step;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pathOf(step);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, key: i, parent: step });
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return pathOf(step, key);
        stack.push({ value: item, key, parent: step });
      }
    }
  }
  return null;
}
