import type { Tx } from '@mercato/db';
import { sql } from 'drizzle-orm';
import { editDistance, maxEdits } from './edit-distance';
import type { SearchText } from './search-text';

/** Nearest words by trigram distance looked at per query word; the edit distance then decides. */
const CANDIDATES = 50;
/** Corrections kept per word (the closest ones, ties included up to this many). */
const MAX_CORRECTIONS = 3;
const WHOLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * The candidate corrections (search_words, migration 0010) of every query
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

/** The candidates within the word's edit budget at the smallest distance found. */
export function closest(typed: string, candidates: string[]): string[] {
  const budget = maxEdits(typed);
  if (budget === 0) return [];
  // Only plain words reach the tsquery: the dictionary's text is trusted no more than the user's.
  const scored = candidates
    .filter((c) => WHOLE_WORD.test(c) && c !== typed)
    .map((c) => ({ c, d: editDistance(typed, c, budget) }))
    .filter((s) => s.d <= budget);
  const best = Math.min(...scored.map((s) => s.d));
  return scored
    .filter((s) => s.d === best)
    .slice(0, MAX_CORRECTIONS)
    .map((s) => s.c);
}
