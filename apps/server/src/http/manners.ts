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
function allowedMethods(method: string, rawPath: string): string[] | null {
  const path = rawPath.replace(/\/+$/, '') || '/';
  const service = SERVICE_METHODS[path];
  if (service) return service;
  if (!path.startsWith('/api/')) return null;
  const restPath = path.slice('/api'.length);
  if (restProcedureOf(method, restPath)) return [method];
  const methods = restMethodsOf(restPath);
  return methods.length ? methods : null;
}

/** A wrong method on an existing path is a 405 with `Allow`, not a 404 (preflights and HEAD pass). */
const methodNotAllowed: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method;
  if (method === 'OPTIONS' || method === 'HEAD') return next();
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
