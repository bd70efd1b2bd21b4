// `pnpm openapi:generate`: writes openapi.json and schema.d.ts from the procedures' schemas.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocument, renderTypes } from '../src/render';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const document = renderDocument();
await writeFile(path.join(root, 'openapi.json'), document);
await writeFile(path.join(root, 'schema.d.ts'), await renderTypes(document));
console.log('wrote packages/openapi/openapi.json and packages/openapi/schema.d.ts');
