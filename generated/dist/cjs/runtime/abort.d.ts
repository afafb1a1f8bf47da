/** Calls `callback` when `signal` aborts (not if it already has); returns the undo. */
export declare function watchAbort(signal: AbortSignal, callback: () => void): () => void;
