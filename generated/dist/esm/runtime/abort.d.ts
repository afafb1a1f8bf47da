/** Calls `callback` when `signal` aborts (not if it already has); returns the undo. */
export declare function watchAbort(signal: AbortSignal, callback: () => void): () => void;
/** The promise, or a rejection with the signal's reason as soon as it aborts. */
export declare function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T>;
