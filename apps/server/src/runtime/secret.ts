import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../env';

/** HS256 wants a key at least as long as its output. */
export const MIN_SECRET_BYTES = 32;

function checked(secret: string, from: string): Uint8Array {
  const key = new TextEncoder().encode(secret);
  if (key.length < MIN_SECRET_BYTES) {
    throw new ConfigError(
      `Invalid configuration: ${from}: the signing key must be at least ${MIN_SECRET_BYTES} bytes (it has ${key.length})`,
    );
  }
  return key;
}

/**
 * The signing key: JWT_SECRET when set, else (development) a key generated
 * once and kept in DATA_DIR/jwt-secret, so tokens survive restarts. A key
 * under 32 bytes is refused wherever it comes from (an empty file would let
 * anyone sign tokens).
 */
export async function loadOrCreateJwtSecret(configured: string | undefined, dataDir: string): Promise<Uint8Array> {
  if (configured !== undefined) return checked(configured, 'JWT_SECRET');
  const file = path.join(dataDir, 'jwt-secret');
  const read = async () => checked((await readFile(file, 'utf8')).trim(), file);
  try {
    return await read();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dataDir, { recursive: true });
  // Written whole to a temporary file (0600, synced), then linked into place: the name appears
  // atomically with its full content, and link (unlike rename) never replaces a key another
  // process published first — the loser reads the winner's key.
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${randomBytes(48).toString('base64url')}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  } finally {
    await unlink(temp).catch(() => {});
  }
  return read();
}
