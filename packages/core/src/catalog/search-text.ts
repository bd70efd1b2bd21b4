/** The text search configuration of products.search_vector (migration 0003). */
export const SEARCH_CONFIG = 'english';

const MAX_WORDS = 8;
const MAX_WORD_CHARS = 40;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface SearchText {
  /** A to_tsquery expression: every word as a prefix, all required ("wireless:* & headph:*"). */
  tsquery: string;
  /** The words again, space-separated, for trigram similarity against names. */
  trigram: string;
}

/**
 * Turns what a user typed into search terms. Only runs of letters, marks and
 * digits survive, so nothing the user sends is ever read as tsquery syntax
 * (operators, quotes, weights, backslashes) or reaches SQL as anything but a
 * bound parameter. Returns null when no word is left.
 */
export function parseSearchText(q: string): SearchText | null {
  const words = (q.normalize('NFKC').toLowerCase().match(WORD) ?? [])
    .slice(0, MAX_WORDS)
    .map((w) => Array.from(w).slice(0, MAX_WORD_CHARS).join(''));
  if (words.length === 0) return null;
  return {
    tsquery: words.map((w) => `${w}:*`).join(' & '),
    trigram: words.join(' '),
  };
}
