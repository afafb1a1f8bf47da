/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * When to send a request again, and how long to wait first. The rule is what the server can
 * have done with the failed attempt:
 *
 * - it refused the work (429, 503) or never received a byte (connection refused, DNS failure):
 *   any method is retried (for one that is not idempotent, the client takes a 503 as a refusal
 *   only with the API's own body: see judgeStatus in outcome.ts);
 * - it may have done the work (timeout, reset after the request was written, 500, 502, 504):
 *   only idempotent methods are retried, because sending a create again could create twice;
 * - it rejected the request (any other 4xx) or did the work (2xx): never retried.
 */
import { watchAbort } from './abort.js';
import { checkRetry } from './options.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 2: three attempts at most). */
  maxRetries: number;
  /** First backoff delay; it doubles with each retry (default 500 ms). */
  baseDelayMs: number;
  /**
   * Longest wait before a retry (default 10,000 ms). A server's `Retry-After` asking for longer
   * ends the call with the error instead: the client does not retry sooner than asked.
   */
  maxDelayMs: number;
}

/** Retry settings as given in options: any of them, each over the defaults (an undefined one is not given). */
export type RetrySettings = { [K in keyof RetryOptions]?: RetryOptions[K] | undefined };

export const DEFAULT_RETRY: Readonly<RetryOptions> = Object.freeze({ maxRetries: 2, baseDelayMs: 500, maxDelayMs: 10_000 });

/** What went wrong with one attempt, in the terms the retry rule needs. */
export type AttemptFailureKind =
  /** The server answered with this status. */
  | { kind: 'status'; status: number }
  /** No connection was made, so nothing was sent; `transient` failures may pass. */
  | { kind: 'not-connected'; transient: boolean }
  /** The request may have been received: timeout, reset or close after connecting. */
  | { kind: 'lost' }
  /** Never retried: the caller aborted, the answer was 2xx but unreadable, a hook threw. */
  | { kind: 'final' };

/** Statuses that say the server did not do the work and will take it later. */
const REFUSED_STATUSES = new Set([429, 503]);
/** Statuses after which the work may or may not have been done. */
const UNKNOWN_OUTCOME_STATUSES = new Set([500, 502, 504]);

export function isRetryable(failure: AttemptFailureKind, idempotent: boolean): boolean {
  switch (failure.kind) {
    case 'status':
      return REFUSED_STATUSES.has(failure.status) || (idempotent && (UNKNOWN_OUTCOME_STATUSES.has(failure.status) || failure.status === 408));
    case 'not-connected':
      return failure.transient;
    case 'lost':
      return idempotent;
    case 'final':
      return false;
  }
}

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110 section 10.2.3);
 * undefined when absent or unreadable, 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names a day of the week and GMT; Date.parse also accepts looser strings,
  // so require the shape before trusting it.
  if (!/[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2}/.test(text)) return undefined;
  // An HTTP date is in GMT; Date.parse reads one without a zone as local time.
  const date = Date.parse(/\d{2}:\d{2}:\d{2}$/.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (1 for the first retry): the server's `Retry-After`
 * when it sent one (the engine does not retry when it exceeds `maxDelayMs`), else exponential
 * backoff up to `maxDelayMs`, shortened at random by up to 25%.
 */
export function retryDelay(retry: number, options: RetryOptions, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const exponential = Math.min(options.baseDelayMs * 2 ** (retry - 1), options.maxDelayMs);
  return Math.max(0, Math.round(exponential * (1 - random() * 0.25)));
}

/** The settings of one call: the defaults, then the client's, then the call's (checked by options.ts). */
export function resolveRetryOptions(
  client: RetrySettings | false | undefined,
  call: RetrySettings | false | undefined,
): RetryOptions {
  if (call === false || (call === undefined && client === false)) return { ...DEFAULT_RETRY, maxRetries: 0 };
  const merged = { ...DEFAULT_RETRY };
  for (const settings of [client, call]) {
    // The client's `false` is `maxRetries: 0` under a call's settings: a call that sets only
    // how long to wait does not turn retries back on; one that sets maxRetries does.
    if (settings === false) merged.maxRetries = 0;
    if (!settings) continue;
    // A setting given as undefined keeps the one before it.
    for (const key of ['maxRetries', 'baseDelayMs', 'maxDelayMs'] as const) {
      const value = settings[key];
      if (value !== undefined) merged[key] = value;
    }
  }
  // options.ts checked each setting when given; the same check of what the loop will use holds
  // it to them even if an object changed since (a getter): a maxRetries that is not a whole
  // number would never end it.
  checkRetry(merged, 'the retry settings');
  return merged;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      unwatch?.();
      resolve();
    }, ms);
    const unwatch =
      signal &&
      watchAbort(signal, () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
  });
}
