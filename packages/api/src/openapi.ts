import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { COMMON_REASONS, errorResponse, errorSchemas, withReason } from './openapi-errors';
import { metaOf } from './rest-meta';
import { appRouter } from './router';

interface Operation {
  operationId?: string;
  parameters?: unknown[];
  security?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string; headers?: Record<string, unknown> }>;
}

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const REPLAYED = {
  description: '`true` when this answer is the replay of an earlier request with the same Idempotency-Key',
  schema: { type: 'string', enum: ['true'] },
};

/** The API's version, as the document and `GET /` state it. */
export const API_VERSION = '0.1.0';

/** The OpenAPI 3.1 document of every REST route, derived from the procedures' zod schemas and meta. */
export function buildOpenApiDocument(baseUrl: string): OpenAPIObject {
  const doc = generateOpenApiDocument(appRouter, {
    title: 'Mercato API',
    description:
      'E-commerce backend. Errors answer `{ code, message, issues? }` (the `Error` schema); money is integer minor units in fields ending in `Cents`.',
    version: API_VERSION,
    openApiVersion: '3.1.0',
    baseUrl,
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    },
  });
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item ?? {})) {
      const operation = op as Operation;
      const path = operation.operationId?.replace(/-/g, '.');
      if (path && operation.responses) describeOperation(operation, path);
    }
  }
  doc.info.license = { name: 'MIT', identifier: 'MIT' };
  const schemas = doc.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) if (name.startsWith('error.')) delete schemas[name];
  doc.components = { ...doc.components, schemas: { ...schemas, ...errorSchemas } as typeof schemas };
  return dropSafeIntegerBounds(doc);
}

function describeOperation(operation: Operation, path: string): void {
  const responses = operation.responses ?? {};
  const meta = metaOf(path);
  // trpc-to-openapi documents every success as 200; move creations to the status they really answer.
  const status = meta?.successStatus;
  if (status && status !== 200 && responses['200']) {
    responses[String(status)] = responses['200'];
    delete responses['200'];
  }
  // A public route says so: no security requirement (the document's default would be none anyway).
  operation.security ??= [];

  const own: Record<string, string> = Object.fromEntries(
    Object.entries(meta?.openapi?.errorResponses ?? {}).map(([code, text]) => [code, text]),
  );
  if (operation.requestBody) {
    own['400'] = withReason(own['400'], COMMON_REASONS.parse);
    own['413'] = COMMON_REASONS.tooLarge;
    own['415'] = COMMON_REASONS.mediaType;
  }
  if (meta?.queryFields) {
    const fields = meta.queryFields.map((name) => ({
      name,
      in: 'query',
      required: false,
      description: 'May be sent here instead of in the body',
      schema: { type: 'string' },
    }));
    operation.parameters = [...(operation.parameters ?? []), ...fields];
    if (operation.requestBody) (operation.requestBody as { required?: boolean }).required = false;
  }
  if (meta?.idempotent) {
    operation.parameters = [...(operation.parameters ?? []), IDEMPOTENCY_KEY];
    own['409'] = withReason(own['409'], COMMON_REASONS.idempotency);
    const success = responses[String(status ?? 200)];
    if (success) success.headers = { ...success.headers, 'Idempotent-Replayed': REPLAYED };
  }
  own['429'] = own['429'] ? withReason(own['429'], COMMON_REASONS.rateLimited) : COMMON_REASONS.rateLimited;
  own['500'] = COMMON_REASONS.internal;
  own['503'] = COMMON_REASONS.busy;

  for (const code of Object.keys(responses)) if (Number(code) >= 400) delete responses[code];
  for (const code of Object.keys(own).sort())
    responses[code] = errorResponse(Number(code), own[code] ?? '', meta?.idempotent);
}

/**
 * zod gives every `int()` the bounds ±(2^53 - 1), which viewers show as
 * examples (`priceCents: -9007199254740991`); they say nothing a client needs.
 */
function dropSafeIntegerBounds<T>(node: T): T {
  if (Array.isArray(node)) {
    for (const item of node) dropSafeIntegerBounds(item);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.minimum === Number.MIN_SAFE_INTEGER) delete record.minimum;
    if (record.maximum === Number.MAX_SAFE_INTEGER) delete record.maximum;
    for (const value of Object.values(record)) dropSafeIntegerBounds(value);
  }
  return node;
}
