import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { metaOf } from './rest-meta';
import { appRouter } from './router';

interface Operation {
  operationId?: string;
  parameters?: unknown[];
  security?: unknown[];
  responses?: Record<string, unknown>;
}

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

/** The OpenAPI 3.1 document of every REST route, derived from the procedures' zod schemas and meta. */
export function buildOpenApiDocument(baseUrl: string): OpenAPIObject {
  const doc = generateOpenApiDocument(appRouter, {
    title: 'Mercato API',
    description:
      'E-commerce backend. Errors answer `{ code, message, issues? }`; money is integer minor units in fields ending in `Cents`.',
    version: '0.1.0',
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
      if (!path || !operation.responses) continue;
      // trpc-to-openapi documents every success as 200; move creations to the status they really answer.
      const meta = metaOf(path);
      const status = meta?.successStatus;
      if (status && status !== 200 && operation.responses['200']) {
        operation.responses[String(status)] = operation.responses['200'];
        delete operation.responses['200'];
      }
      if (meta?.idempotent) {
        operation.parameters = [...(operation.parameters ?? []), IDEMPOTENCY_KEY];
        operation.responses['409'] ??= {
          description: 'Idempotency-Key reused with a different body, or still in progress',
        };
      }
    }
  }
  return doc;
}
