import type { RequestIdVariables } from 'hono/request-id';

export type AppEnv = {
  Variables: RequestIdVariables & {
    clientIp: string;
    /** Headers for the answer when there is no Node response to set them on (see response-headers.ts). */
    lateHeaders: [string, string][];
  };
};
