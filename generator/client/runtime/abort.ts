/**
 * One `abort` listener per caller signal, however many calls share it. An application often
 * passes one signal (a shutdown signal) to every call; a listener per call in flight makes
 * Node.js warn of a leak (MaxListenersExceededWarning) past ten, which is noise in a log and a
 * failure under `--throw-deprecation`-style CI settings.
 */
const watchers = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `callback` when `signal` aborts (not if it already has); returns the undo. */
export function watchAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = watchers.get(signal);
  if (callbacks === undefined) {
    const registered = new Set<() => void>();
    callbacks = registered;
    watchers.set(signal, registered);
    signal.addEventListener(
      'abort',
      () => {
        watchers.delete(signal);
        for (const each of registered) each();
      },
      { once: true },
    );
  }
  const own = callbacks;
  own.add(callback);
  return () => {
    own.delete(callback);
  };
}
