import type { AppRouter } from '@mercato/api';
import { createTRPCClient, httpBatchLink, type TRPCClient, TRPCClientError } from '@trpc/client';

export interface MercatoClientOptions {
  /** The server's base URL, e.g. `https://shop.example.com` (the client calls `${baseUrl}/trpc`). */
  baseUrl: string;
  /** Called before every request; return the current access token, or null when signed out. */
  getAccessToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
  /** The most calls per batch request: the server's TRPC_MAX_BATCH (default 10); more are split. */
  maxBatch?: number;
}

export type MercatoClient = TRPCClient<AppRouter>;

/** A fully typed tRPC client for the Mercato API (batching on). */
export function createMercatoClient(opts: MercatoClientOptions): MercatoClient {
  const url = `${opts.baseUrl.replace(/\/$/, '')}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        fetch: opts.fetch,
        maxItems: opts.maxBatch ?? 10,
        headers: async () => {
          const token = await opts.getAccessToken?.();
          return { ...opts.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
        },
      }),
    ],
  });
}

/** Narrows an error thrown by a call; `error.data?.code` is the contract's code, e.g. 'CONFLICT'. */
export function isMercatoError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}
