/**
 * One `abort` listener per caller signal, however many calls share it. An application often
 * passes one signal (a shutdown signal) to every call; a listener per call in flight makes
 * Node.js warn of a leak (MaxListenersExceededWarning) past ten. The listener is removed when
 * the last call using it is done: a signal kept for the life of the process must not keep a
 * call's request and response alive, nor keep a short-lived signal (`AbortSignal.any`) from
 * being collected.
 */
interface Watch {
  callbacks: Set<() => void>;
  listener: () => void;
}

const watches = new WeakMap<AbortSignal, Watch>();

/** Calls `callback` when `signal` aborts (not if it already has); returns the undo. */
export function watchAbort(signal: AbortSignal, callback: () => void): () => void {
  const watch = watches.get(signal) ?? startWatch(signal);
  watch.callbacks.add(callback);
  return () => {
    watch.callbacks.delete(callback);
    if (watch.callbacks.size === 0 && watches.get(signal) === watch) {
      signal.removeEventListener('abort', watch.listener);
      watches.delete(signal);
    }
  };
}

// A function of its own, so that the listener's closure holds the signal and the set only,
// never a call's callback.
function startWatch(signal: AbortSignal): Watch {
  const callbacks = new Set<() => void>();
  const listener = (): void => {
    watches.delete(signal);
    for (const callback of callbacks) {
      try {
        callback();
      } catch {
        // One call's failure to abort must not keep the others from aborting.
      }
    }
  };
  const watch = { callbacks, listener };
  watches.set(signal, watch);
  signal.addEventListener('abort', listener, { once: true });
  return watch;
}

/** The promise, or a rejection with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
