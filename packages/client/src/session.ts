export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Access token lifetime in seconds, as the server answered it. */
  expiresIn: number;
}

export interface AuthSessionOptions {
  baseUrl: string;
  initial?: SessionTokens | null;
  /** Persist tokens here (localStorage, secure storage…); called with null on sign-out or a failed refresh. */
  onChange?: (tokens: SessionTokens | null) => void;
  /** Refresh this many seconds before the access token expires. */
  refreshMarginSeconds?: number;
  fetch?: typeof globalThis.fetch;
}

export interface AuthSession {
  /** A valid access token, refreshing it first when it is about to expire; null when signed out. */
  getAccessToken(): Promise<string | null>;
  setTokens(tokens: SessionTokens | null): void;
  tokens(): SessionTokens | null;
}

function expiryOf(accessToken: string): number {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (json.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

/**
 * Keeps a login's tokens and refreshes them before they expire. Concurrent
 * callers share one refresh, because the server retires a refresh token on
 * first use and treats a second use as theft.
 */
export function createAuthSession(opts: AuthSessionOptions): AuthSession {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const margin = (opts.refreshMarginSeconds ?? 30) * 1000;
  let current = opts.initial ?? null;
  let inFlight: Promise<string | null> | null = null;

  const set = (tokens: SessionTokens | null) => {
    current = tokens;
    opts.onChange?.(tokens);
  };

  async function refresh(refreshToken: string): Promise<string | null> {
    const res = await doFetch(`${opts.baseUrl.replace(/\/$/, '')}/api/users/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (!res.ok) {
      if (res.status === 401) set(null);
      return null;
    }
    const tokens = (await res.json()) as SessionTokens;
    set(tokens);
    return tokens.accessToken;
  }

  return {
    async getAccessToken() {
      if (!current) return null;
      if (expiryOf(current.accessToken) - margin > Date.now()) return current.accessToken;
      inFlight ??= refresh(current.refreshToken).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    setTokens: set,
    tokens: () => current,
  };
}
