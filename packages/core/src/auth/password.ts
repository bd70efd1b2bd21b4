import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm), tuned so one hash takes ~90 ms (64 MiB, 3 passes)
 * on a 2-core machine; @node-rs/argon2 runs it on libuv's thread pool, off the event loop.
 */
export const ARGON2_PARAMS = {
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
  outputLen: 32,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_PARAMS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifying against this for an unknown e-mail makes both failures cost the same. */
export const getDummyHash = (): Promise<string> => {
  dummyHash ??= hashPassword('not-a-real-password-but-the-same-cost');
  return dummyHash;
};
