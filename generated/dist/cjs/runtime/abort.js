"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.watchAbort = watchAbort;
/**
 * One `abort` listener per caller signal, however many calls share it. An application often
 * passes one signal (a shutdown signal) to every call; a listener per call in flight makes
 * Node.js warn of a leak (MaxListenersExceededWarning) past ten, which is noise in a log and a
 * failure under `--throw-deprecation`-style CI settings.
 */
const watchers = new WeakMap();
/** Calls `callback` when `signal` aborts (not if it already has); returns the undo. */
function watchAbort(signal, callback) {
    let callbacks = watchers.get(signal);
    if (callbacks === undefined) {
        const registered = new Set();
        callbacks = registered;
        watchers.set(signal, registered);
        signal.addEventListener('abort', () => {
            watchers.delete(signal);
            for (const each of registered)
                each();
        }, { once: true });
    }
    const own = callbacks;
    own.add(callback);
    return () => {
        own.delete(callback);
    };
}
