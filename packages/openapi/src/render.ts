import { buildOpenApiDocument } from '@mercato/api';
import openapiTS, { astToString } from 'openapi-typescript';

/** The committed document is the one a server with PUBLIC_URL http://localhost:3000 serves. */
export const COMMITTED_PUBLIC_URL = 'http://localhost:3000';

/** openapi.json as committed: the served document, pretty-printed. */
export const renderDocument = (): string =>
  `${JSON.stringify(buildOpenApiDocument(`${COMMITTED_PUBLIC_URL}/api`), null, 2)}\n`;

const HEADER = '// Generated from openapi.json by openapi-typescript (`pnpm openapi:generate`). Do not edit.\n\n';

/** schema.d.ts as committed: openapi-typescript's types of that document. */
export async function renderTypes(documentJson: string): Promise<string> {
  return HEADER + astToString(await openapiTS(JSON.parse(documentJson)));
}
