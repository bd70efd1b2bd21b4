import type { Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { editDistances, maxEdits } from './edit-distance';
import type { SearchText } from './search-text';

/** Nearest words by trigram distance looked at per query word; the edit distance then decides. */
const CANDIDATES = 50;
/** Corrections kept per word (the closest ones, ties included up to this many). */
const MAX_CORRECTIONS = 3;
const WHOLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * The candidate corrections (search_words, migration 0011) of every query
 * word the catalog does not know, not even as a prefix of one of its words.
 * One statement, all by index (tests EXPLAIN it): the known-prefix test is a
 * range on the primary key; the candidates are the nearest words by trigram
 * distance (an ordered scan of the GiST index), plus the word with two
 * adjacent letters swapped, probed on the primary key, because a swap breaks
 * most trigrams of a short word ("mosue" shares 2 of 10 with "mouse": among
 * 48 000 English words it is only the 99th nearest).
 */
export function neighboursQuery(text: SearchText) {
  return sql`SELECT q.i::int AS i, c.word
    FROM unnest(string_to_array(${text.trigram}::text, ' ')) WITH ORDINALITY AS q(word, i)
    CROSS JOIN LATERAL (
      (SELECT w.word FROM search_words w ORDER BY w.word <-> q.word LIMIT ${CANDIDATES})
      UNION
      SELECT s.word FROM search_words s WHERE s.word = ANY (ARRAY(
        SELECT overlay(q.word PLACING substr(q.word, p + 1, 1) || substr(q.word, p, 1) FROM p FOR 2)
          FROM generate_series(1, char_length(q.word) - 1) AS p
      ))
    ) c
    WHERE NOT EXISTS (SELECT FROM search_words k WHERE k.word >= q.word AND k.word < q.word || chr(1114111))`;
}

/**
 * The tsquery of the text with every unknown word widened to its closest
 * known words ("keybaord:*" becomes "( keybaord:* | keyboard:* )"), prefixes
 * still. The typed word stays in: the catalog's words are unstemmed, so a
 * word it lacks may still match by its stem. Known words are left alone.
 */
export async function correctedTsquery(db: Tx, text: SearchText): Promise<string> {
  const words = text.trigram.split(' ');
  const { rows } = await db.execute<{ i: number; word: string }>(neighboursQuery(text));
  const candidates = new Map<number, string[]>();
  for (const r of rows) candidates.set(r.i, [...(candidates.get(r.i) ?? []), r.word]);
  return words
    .map((typed, k) => {
      const fixes = closest(typed, candidates.get(k + 1) ?? []);
      return fixes.length ? `( ${[typed, ...fixes].map((w) => `${w}:*`).join(' | ')} )` : `${typed}:*`;
    })
    .join(' & ');
}

/**
 * The candidates within the word's edit budget of the typed word or of a
 * prefix, best first by: that distance; the whole word's ("mosue" is one edit
 * from "mouse" and from "mose", a prefix of "moselle", but "mouse" as a whole);
 * then, between words equally far, the likelier slip: the same first letter
 * (typos there are rare), then the same letters (a swap: "mouse" before
 * "mosque" and "mosul"). Only the best tie (at most MAX_CORRECTIONS) is kept,
 * so a typo widens to one meaning, not to every word a letter away.
 */
export function closest(typed: string, candidates: string[]): string[] {
  const budget = maxEdits(typed);
  if (budget === 0) return [];
  const first = Array.from(typed)[0];
  const letters = sortedLetters(typed);
  // Only plain words reach the tsquery: the dictionary's text is trusted no more than the user's.
  const scored = [...new Set(candidates)]
    .filter((c) => WHOLE_WORD.test(c) && c !== typed)
    .map((c) => {
      const d = editDistances(typed, c, budget);
      const slip = (Array.from(c)[0] === first ? 0 : 2) + (sortedLetters(c) === letters ? 0 : 1);
      return { c, key: [d.prefix, d.whole, slip] };
    })
    .filter((s) => (s.key[0] ?? 0) <= budget)
    .sort((x, y) => compareKeys(x.key, y.key) || (x.c < y.c ? -1 : 1));
  const best = scored[0]?.key ?? [];
  return scored
    .filter((s) => compareKeys(s.key, best) === 0)
    .slice(0, MAX_CORRECTIONS)
    .map((s) => s.c);
}

const sortedLetters = (w: string) => Array.from(w).sort().join('');

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
