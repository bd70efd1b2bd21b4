export { type Context, createContextInner, type OpaqueDeps } from './context';
export type { Meta } from './meta';
export { API_VERSION, buildOpenApiDocument } from './openapi';
export { restQueryOf } from './query-input';
export { inputShapeOf } from './rest-input-shape';
export { type RestRoute, responseMetaFor, restMethodsOf, restProcedureOf, restRouteOf } from './rest-meta';
export { type AppRouter, appRouter } from './router';
export type { ErrorIssue } from './trpc';

import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './router';
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
