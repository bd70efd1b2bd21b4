import { z } from 'zod';

const codePoints = (s: string) => Array.from(s).length;

/**
 * Characters that show nothing: white space, format characters (zero-width
 * space and joiners, soft hyphen, BOM, bidi marks, the Mongolian vowel
 * separator), the combining grapheme joiner, variation selectors, and the
 * Hangul and Braille fillers that render blank.
 */
const INVISIBLE =
  /[\p{White_Space}\p{Cf}\u115f\u1160\u180e\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5|[\u180b-\u180d]|\u180f|[\ufe00-\ufe0f]/gu;

/** Whether a string shows nothing at all (empty, spaces, or only invisible characters). */
export const isBlank = (s: string): boolean => s.replace(INVISIBLE, '').length === 0;

/**
 * A string of `min`..`max` characters (Unicode code points, as PostgreSQL's
 * char_length counts them, so an emoji is one). NUL is refused: PostgreSQL
 * text cannot hold it. `trim` is for names; bodies are stored as sent.
 */
export function text(min: number, max: number, opts: { trim?: boolean } = {}) {
  const base = opts.trim ? z.string().trim() : z.string();
  return (
    base
      .max(max * 2, `At most ${max} characters`)
      .refine((s) => !s.includes('\u0000'), 'Must not contain NUL characters')
      .refine((s) => codePoints(s) >= min, min === 1 ? 'Must not be empty' : `At least ${min} characters`)
      .refine((s) => codePoints(s) <= max, `At most ${max} characters`)
      // A required text must show something: only invisible characters is blank.
      .refine((s) => min === 0 || s.length === 0 || !isBlank(s), 'Must not be blank')
      // Document the real limits (characters), not the UTF-16 guard above.
      .meta({ minLength: min, maxLength: max })
  );
}

/** An absolute http(s) URL. */
export const httpUrl = z
  .url({ protocol: /^https?$/, message: 'Must be an absolute http(s) URL' })
  .max(2048, 'At most 2048 characters');

/**
 * An integer input, typed `number` for tRPC clients. trpc-to-openapi switches
 * every plain number or boolean schema of a REST input to coercion, in place
 * (so "999" would pass as 999, on tRPC too once a REST call was made); behind
 * a pipe it stays strict, as the contract wants (a string in a body is 400).
 * REST query strings are converted by the REST adapter (see query-input.ts).
 */
export const strictInt = (min: number, max: number) => {
  // One message for every way of missing (text, a fraction, out of range): it says what is due.
  const error = `Expected an integer from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).pipe(z.number());
};

/** A boolean input, strict for the same reason as strictInt. */
export const strictBool = () => z.boolean({ error: 'Expected true or false' }).pipe(z.boolean());
