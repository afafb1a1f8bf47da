"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.watchAbort = watchAbort;
exports.raceAbort = raceAbort;
const watches = new WeakMap();
/** Calls `callback` when `signal` aborts (not if it already has); returns the undo. */
function watchAbort(signal, callback) {
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
function startWatch(signal) {
    const callbacks = new Set();
    const listener = () => {
        watches.delete(signal);
        for (const callback of callbacks) {
            try {
                callback();
            }
            catch {
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
function raceAbort(promise, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
