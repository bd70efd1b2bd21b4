/**
 * What an internal error may put in the log. Drizzle's query errors carry the
 * query's parameters (in `params`, and in the message and stack), and those can
 * be password hashes, tokens or personal data: keep the SQL text, the frames
 * and the driver's code, never the values.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const query = (err as { query?: unknown }).query;
  const cause = (err as { cause?: unknown }).cause;
  return {
    type: err.name,
    message: typeof query === 'string' ? `Failed query: ${query}` : err.message,
    frames: (err.stack ?? '')
      .split('\n')
      .filter((line) => line.startsWith('    at '))
      .slice(0, 10)
      .join('\n'),
    ...(cause instanceof Error
      ? { cause: { type: cause.name, message: cause.message, code: (cause as { code?: string }).code } }
      : {}),
  };
}
