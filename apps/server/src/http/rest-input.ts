import { type RestRoute, restQueryOf } from '@mercato/api';
import { TRPCError } from '@trpc/server';

/** The path and the query string of an absolute URL, as `new URL` would split them (still percent-encoded). */
export function splitUrl(url: string): { path: string; query: string } {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return { path: '/', query: '' };
  const hash = url.indexOf('#', start);
  const end = hash === -1 ? url.length : hash;
  const mark = url.indexOf('?', start);
  if (mark === -1 || mark > end) return { path: url.slice(start, end), query: '' };
  return { path: url.slice(start, mark), query: url.slice(mark + 1, end) };
}

/** As trpc-to-openapi decides: GET and DELETE read the query string, other methods the body. */
export const takesBody = (method: string) => method !== 'GET' && method !== 'DELETE';

export const unsupportedMediaType = (contentType: string | undefined) =>
  new TRPCError({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: contentType
      ? `Unsupported content-type "${contentType}": send application/json`
      : 'Missing content-type header: send application/json',
  });

/**
 * The input a REST request gives its procedure, as trpc-to-openapi built it:
 * the query (GET, DELETE) or the JSON body (other methods, where query values
 * fill what the body does not say), with the path parameters over it.
 */
export async function restInputOf(
  request: Request,
  method: string,
  route: RestRoute,
  params: Record<string, string>,
  query: string,
): Promise<unknown> {
  if (!takesBody(method)) {
    if (route.shape.none) return undefined;
    const input: Record<string, unknown> = { ...restQueryOf(route.shape, new URLSearchParams(query)), ...params };
    for (const key of route.shape.arrayKeys) {
      const value = input[key];
      if (value !== undefined && !Array.isArray(value)) input[key] = [value];
    }
    return input;
  }
  const contentType = request.headers.get('content-type') ?? undefined;
  // A POST with no body at all (`confirm-payment?session_id=…`) is an empty JSON object, not a 415.
  const bodiless = contentType === undefined && isBodiless(request.headers);
  if (!bodiless && !contentType?.startsWith('application/json')) throw unsupportedMediaType(contentType);
  if (route.shape.none) return undefined;
  const body = bodiless ? {} : await jsonBody(request);
  return { ...(withQuery(body, query) as object), ...params };
}

function isBodiless(headers: Headers): boolean {
  const length = headers.get('content-length');
  return length === '0' || (length === null && !headers.has('transfer-encoding'));
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new TRPCError({ code: 'PARSE_ERROR', message: 'Request body is not valid JSON' });
  }
}

/**
 * Clients of the API we replace send some inputs in the query string of a
 * POST (`confirm-payment?session_id=…`): those fill in what the body does not say.
 */
function withQuery(body: unknown, query: string): unknown {
  if (query === '') return body;
  const data = body ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return body;
  return { ...Object.fromEntries(new URLSearchParams(query)), ...data };
}
