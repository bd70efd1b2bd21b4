import { API_VERSION, restMethodsOf, restProcedureOf } from '@mercato/api';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

/** The service routes and their methods; the REST routes' methods come from the procedures. */
const SERVICE_METHODS: Record<string, string[]> = {
  '/': ['GET'],
  '/healthz': ['GET'],
  '/readyz': ['GET'],
  '/api/openapi.json': ['GET'],
  '/docs': ['GET'],
  '/api/webhooks/stripe': ['POST'],
};

/** The methods a path answers, or null when the path is not one of ours (then it is a 404). */
function allowedMethods(method: string, path: string): string[] | null {
  // `path` has lost its one trailing slash already (the app is not strict); one left means there were
  // more, and `/healthz//` or `/api/products//` is nobody's path.
  if (path.length > 1 && path.endsWith('/')) return null;
  const service = SERVICE_METHODS[path];
  if (service) return service;
  if (!path.startsWith('/api/')) return null;
  const restPath = path.slice('/api'.length);
  if (restProcedureOf(method, restPath)) return [method];
  const methods = restMethodsOf(restPath);
  return methods.length ? methods : null;
}

/** HEAD is answered as GET (Hono routes it so and drops the body): the method our handlers see for it. */
export const methodOf = (method: string): string => (method === 'HEAD' ? 'GET' : method);

/** A wrong method on an existing path is a 405 with `Allow`, not a 404 (preflights pass; HEAD is GET's). */
const methodNotAllowed: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const method = methodOf(c.req.method);
  const allowed = allowedMethods(method, c.req.path);
  if (!allowed || allowed.includes(method)) return next();
  const allow = allowed.join(', ');
  return errorResponse(c, 405, 'METHOD_NOT_SUPPORTED', `${method} is not allowed here; allowed: ${allow}`, {
    Allow: allow,
  });
};

/** 405s for wrong methods, and `GET /`: a small index of where things are. */
export function httpManners(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(methodNotAllowed);
  app.get('/', (c) =>
    c.json({
      name: 'Mercato API',
      version: API_VERSION,
      links: {
        docs: '/docs',
        openapi: '/api/openapi.json',
        rest: '/api',
        trpc: '/trpc',
        health: '/healthz',
        ready: '/readyz',
      },
    }),
  );
  return app;
}
