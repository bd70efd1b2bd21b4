/**
 * The ISO 8601 text of a timestamptz as PostgreSQL writes it, the same as
 * `new Date(text).toISOString()`. A session in UTC writes
 * "2026-12-01 16:18:39.123456+00" (a fraction of 0–6 digits), which is
 * rewritten as text: a tenth of the cost of parsing a Date and formatting it
 * again, paid twice for every product of every list. Any other zone, or a
 * year past 9999, goes through Date.
 */
export function isoOfTimestamp(text: string): string {
  if (text.length < 22 || text[10] !== ' ' || !text.endsWith('+00')) return new Date(text).toISOString();
  const fraction = text[19] === '.' ? text.slice(20, -3) : '';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.padEnd(3, '0').slice(0, 3)}Z`;
}
