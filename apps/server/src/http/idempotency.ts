import { restProcedureOf } from '@mercato/api';
import {
  auth,
  claimIdempotencyKey,
  completeIdempotencyKey,
  type Deps,
  releaseIdempotencyKey,
  requestHash,
  users,
} from '@mercato/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './errors';

const API_PREFIX = '/api';
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Idempotency-Key on the REST routes whose procedure says `idempotent: true`
 * (the OpenAPI document offers the key from the same flag): the same key with the same body
 * within 24 h replays the first answer; with another body it is a 409. Keys
 * are per user. Only answers below 500 are kept, so a failed request can be retried.
 */
export function idempotency(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined || !restProcedureOf(c.req.method, c.req.path.slice(API_PREFIX.length))?.meta.idempotent) {
      return next();
    }
    if (!KEY.test(key)) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    const claims = auth.bearerClaims(deps.config.auth.jwtSecret, c.req.header('authorization'), deps.now());
    // A signed token is not enough to be answered: a deactivated or deleted account's tokens stop working
    // at once, replays included. The route itself answers 401 (and reads the role again for its own checks).
    if (!claims || (await users.currentRole(deps.db, claims.sub, claims.sid)) === null) return next();

    const scope = `user:${claims.sub}`;
    const body = await c.req.raw.clone().text();
    const claim = await claimIdempotencyKey(
      deps.db,
      // The query is part of the request: POST /checkout/confirm-payment?sessionId=… names its session there.
      { scope, key, hash: requestHash(c.req.method, c.req.path + new URL(c.req.url).search, body) },
      deps.now(),
    );
    if (claim.kind === 'mismatch') {
      return errorResponse(c, 409, 'CONFLICT', 'This Idempotency-Key was already used with a different request');
    }
    if (claim.kind === 'in-progress') {
      return errorResponse(c, 409, 'CONFLICT', 'A request with this Idempotency-Key is still in progress', {
        'Retry-After': '1',
      });
    }
    if (claim.kind === 'replay') {
      return c.body(claim.body, claim.statusCode as 200, {
        'content-type': 'application/json',
        'idempotent-replayed': 'true',
      });
    }

    // A handler that throws does not make next() reject: Hono answers through app.onError (a 500) first,
    // so a failure on our side always arrives here as a 5xx answer.
    await next();
    if (c.res.status >= 500) {
      await releaseIdempotencyKey(deps.db, { scope, key });
    } else {
      await completeIdempotencyKey(deps.db, { scope, key, statusCode: c.res.status, body: await c.res.clone().text() });
    }
  };
}
