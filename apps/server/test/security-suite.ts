import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from './authz-table';
import { createUser, type TestServer } from './helpers';

export interface Operation {
  key: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  body?: JsonSchema;
  secured: boolean;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  [k: string]: unknown;
}

/** Every operation of the server's own OpenAPI document (generated from the procedures' meta). */
export async function operationsOf(server: TestServer): Promise<Operation[]> {
  const doc = (await server.api('GET', '/api/openapi.json')).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Operation['parameters'];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
          security?: unknown[];
        }
      >
    >;
  };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      parameters: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query'),
      body: op.requestBody?.content?.['application/json']?.schema,
      secured: (op.security ?? []).length > 0,
    })),
  );
}

/** One account per role (anonymous has no token). */
export async function tokensByRole(server: TestServer): Promise<Record<Role, string | undefined>> {
  const [customer, seller, admin] = await Promise.all([
    createUser(server, 'customer'),
    createUser(server, 'seller'),
    createUser(server, 'admin'),
  ]);
  const tokens = {
    anonymous: undefined,
    customer: customer.accessToken,
    seller: seller.accessToken,
    admin: admin.accessToken,
  };
  return Object.fromEntries(ROLES.map((r) => [r, tokens[r]])) as Record<Role, string | undefined>;
}

/** Percent-encodes a path segment; a lone surrogate becomes the invalid UTF-8 bytes an attacker would send. */
const encodeSegment = (value: string) =>
  Array.from(value, (ch) => (/^[\ud800-\udfff]$/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');

/** The path with each `{param}` filled in (a fresh UUID unless given). */
export const fillPath = (path: string, values: Record<string, string> = {}) =>
  `/api${path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(values[name] ?? randomUUID()))}`;

/** What no answer may ever carry: a stack trace, a SQL fragment or driver message, a password hash. */
export const LEAKS: [string, RegExp][] = [
  ['stack trace', /\n\s+at\s|node_modules|\.ts:\d+:\d+/],
  [
    'SQL',
    /\b(select|insert|update|delete)\b[^"]{0,80}\b(from|into|set|where)\b|syntax error at or near|violates .* constraint|relation "|column "/i,
  ],
  ['password hash', /\$argon2(id|i|d)\$/],
];
