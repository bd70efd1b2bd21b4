import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { successStatusOf } from './rest-meta';
import { appRouter } from './router';

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
  // trpc-to-openapi documents every success as 200; move creations to the status they really answer.
  for (const [, item] of Object.entries(doc.paths ?? {})) {
    for (const op of Object.values(item ?? {})) {
      const operation = op as {
        operationId?: string;
        responses?: Record<string, unknown>;
      };
      const path = operation.operationId?.replace(/-/g, '.');
      if (!path || !operation.responses?.['200']) continue;
      const status = successStatusOf(path);
      if (status && status !== 200) {
        operation.responses[String(status)] = operation.responses['200'];
        delete operation.responses['200'];
      }
    }
  }
  return doc;
}
