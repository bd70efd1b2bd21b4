/**
 * Procedure metadata. Written out rather than imported from trpc-to-openapi so
 * that the router type (and so @mercato/client's .d.ts) depends on no server library.
 */
export type Meta = {
  openapi?: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    path: `/${string}`;
    summary?: string;
    description?: string;
    tags?: string[];
    protect?: boolean;
    deprecated?: boolean;
    successDescription?: string;
    errorResponses?: Record<number, string>;
  };
  /** HTTP status of a successful REST answer when it is not 200 (201 for creations). */
  successStatus?: 200 | 201;
  /**
   * The REST route takes an `Idempotency-Key`: the document offers it (and a
   * 409) and the server replays the first answer. Only on authenticated POSTs
   * (keys are per user), never on an answer that carries credentials.
   */
  idempotent?: true;
  /**
   * Body fields of a POST that may come in the query string instead
   * (`confirm-payment?session_id=…`): the document lists them as optional
   * query parameters and the body as optional.
   */
  queryFields?: string[];
};
