/**
 * How many edits a typed word may be away from a known word: none below 4
 * characters (too many short words are one letter apart), one up to 5, two
 * beyond (as Elasticsearch's AUTO fuzziness, shifted by one for short words).
 */
export function maxEdits(word: string): number {
  const n = Array.from(word).length;
  return n < 4 ? 0 : n <= 5 ? 1 : 2;
}

/**
 * The fewest edits (insert, delete, substitute, or swap two adjacent
 * characters: optimal string alignment) turning `typed` into `known`
 * (`whole`), and into the closest prefix of it (`prefix`), since every query
 * word is a prefix ("hedph" is one edit from a prefix of "headphones"). A
 * swap is one edit, unlike levenshtein(): "keybaord" is one from "keyboard".
 * Counted in code points; stops early (both max + 1) once `prefix` is above max.
 */
export function editDistances(
  typed: string,
  known: string,
  max = Number.POSITIVE_INFINITY,
): { prefix: number; whole: number } {
  const a = Array.from(typed);
  const b = Array.from(known);
  // rows[i][j]: distance between a[0..i) and b[0..j); only three rows are live at a time.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
    }
    if (Math.min(...row) > max) return { prefix: max + 1, whole: max + 1 };
    prev2 = prev;
    prev = row;
  }
  return { prefix: Math.min(...prev), whole: prev[b.length] ?? 0 };
}
