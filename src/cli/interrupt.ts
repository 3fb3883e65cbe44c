/**
 * Ctrl-C during a long batch: the first one asks the batch to stop after the current article
 * (which is committed or rolled back as a whole); a second one exits at once.
 * @module
 */

export interface Interrupt {
  /** True once Ctrl-C (SIGINT) or SIGTERM was received. */
  readonly requested: boolean;
  /** Removes the handlers. */
  dispose(): void;
}

/** Catches SIGINT and SIGTERM until `dispose()`. */
export function catchInterrupt(onFirst?: () => void): Interrupt {
  let requested = false;
  const handler = () => {
    if (requested) process.exit(130);
    requested = true;
    onFirst?.();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get requested() {
      return requested;
    },
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
