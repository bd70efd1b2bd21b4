/** Every queue the system uses; each is created at start-up (pg-boss drops sends to unknown queues). */
export const QUEUES = {
  welcomeEmail: 'mail-welcome',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  'mail-welcome': { userId: string };
}

/** Retries with exponential backoff: 5 attempts starting 10 s apart. */
export const RETRY_POLICY = { retryLimit: 5, retryDelay: 10, retryBackoff: true } as const;
