import type { Logger } from 'pino';

/** How long a SIGTERM may take before the process gives up on draining and exits 1. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * Runs `shutdown` once, on the first SIGTERM or SIGINT, with a deadline: past
 * SHUTDOWN_DEADLINE_MS the process exits 1, drained or not.
 */
export function onStopSignal(logger: Logger, shutdown: (signal: string) => void): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    shutdown(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
