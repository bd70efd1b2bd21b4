/**
 * The error answers of the OpenAPI document. trpc-to-openapi keeps one error
 * response per code, described by whichever route used that code first (every
 * 401 said "Wrong email or password"), with an `issues[]` item of `{ message }`
 * only. Here each route's errors carry its own reasons and one schema that is
 * exactly what the server sends.
 */

/** Every `code` an error body can carry, by HTTP status. */
export const ERROR_CODES: Record<number, string[]> = {
  400: ['BAD_REQUEST', 'PARSE_ERROR'],
  401: ['UNAUTHORIZED'],
  402: ['PAYMENT_REQUIRED'],
  403: ['FORBIDDEN'],
  404: ['NOT_FOUND'],
  405: ['METHOD_NOT_SUPPORTED'],
  409: ['CONFLICT'],
  413: ['PAYLOAD_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  429: ['TOO_MANY_REQUESTS'],
  500: ['INTERNAL_SERVER_ERROR'],
  502: ['BAD_GATEWAY'],
  503: ['SERVICE_UNAVAILABLE'],
};

export const errorSchemas = {
  ErrorIssue: {
    type: 'object',
    description: 'One failing field of the input',
    properties: {
      path: {
        type: 'array',
        items: { type: ['string', 'integer'] },
        description: 'Where in the input, e.g. ["address", "country"]; ["input"] for the input as a whole',
      },
      message: { type: 'string', description: 'What is wrong, for a human' },
      code: { type: 'string', description: 'The validator’s issue code, e.g. too_small, invalid_type, custom' },
    },
    required: ['path', 'message', 'code'],
    additionalProperties: false,
  },
  Error: {
    type: 'object',
    description: 'Every error answer. `code` is the tRPC code, the same one the tRPC client sees.',
    properties: {
      code: { type: 'string', enum: [...new Set(Object.values(ERROR_CODES).flat())] },
      message: { type: 'string', description: 'A human message; never a stack, SQL or driver text' },
      issues: {
        type: 'array',
        items: { $ref: '#/components/schemas/ErrorIssue' },
        description: 'The failing fields, on input errors (400 BAD_REQUEST) only',
      },
    },
    required: ['code', 'message'],
    additionalProperties: false,
  },
};

const retryAfter = {
  description: 'Seconds to wait before retrying',
  schema: { type: 'integer', minimum: 0 },
};

/** An error response with this route's own reasons (429, 503 and an idempotent route's 409 say when to retry). */
export function errorResponse(status: number, description: string, idempotent = false): Record<string, unknown> {
  const codes = ERROR_CODES[status] ?? ['INTERNAL_SERVER_ERROR'];
  return {
    description,
    ...(status === 429 || status === 503 || (status === 409 && idempotent)
      ? { headers: { 'Retry-After': retryAfter } }
      : {}),
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/Error' },
        example: { code: codes[0], message: description },
      },
    },
  };
}

/** Reasons that apply to every route of a kind, whatever the route itself says. */
export const COMMON_REASONS = {
  parse: 'The body is not valid JSON (PARSE_ERROR)',
  tooLarge: 'The body is larger than the server’s BODY_LIMIT_BYTES',
  mediaType: 'The body is not application/json',
  rateLimited: 'Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After',
  idempotency:
    'The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)',
  internal: 'A fault of the server; the body carries no detail',
  busy: 'Every database connection stayed busy for as long as a request may wait; retry after Retry-After',
};

/** Joins a route's own reason with a common one ("Invalid input; or the body is not valid JSON"). */
export const withReason = (own: string | undefined, common: string): string =>
  own ? `${own}; or: ${common.charAt(0).toLowerCase()}${common.slice(1)}` : common;
