/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * What a failed `fetch` says about how far the request got. Node's fetch (undici) rejects with
 * `TypeError: fetch failed` and puts the system error in `cause`: `ECONNREFUSED` or a DNS code
 * (`ENOTFOUND`, `EAI_AGAIN`) when no connection was made, `UND_ERR_SOCKET` ("other side
 * closed") or `ECONNRESET` when the connection broke, possibly after the request was written.
 * Browsers say only `TypeError: Failed to fetch`, which must be read as "may have been sent".
 */

/** Codes that mean no connection was made, so not one byte of the request was sent. */
const NOT_CONNECTED_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NODATA',
  'EAI_NONAME',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Of those, the ones that do not pass by waiting (a certificate stays wrong). */
const TLS_CODE = /^(ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_)/;

export interface TransportFailure {
  /** The most specific error code found, such as `ECONNREFUSED`. */
  code?: string;
  /** True when no connection was made: the server cannot have seen the request. */
  notConnected: boolean;
  /** True when trying again later may succeed. */
  transient: boolean;
}

export function classifyTransportError(error: unknown): TransportFailure {
  const codes = collectCodes(error);
  const notConnected = codes.find((code) => NOT_CONNECTED_CODES.has(code));
  if (notConnected) return { code: notConnected, notConnected: true, transient: true };
  const tls = codes.find((code) => TLS_CODE.test(code));
  if (tls) return { code: tls, notConnected: true, transient: false };
  return { code: codes[0], notConnected: false, transient: false };
}

/**
 * Codes of the error, its causes and (for Happy Eyeballs' AggregateError) its errors, outermost
 * first: fetch's TypeError has none, its cause has the system's.
 */
function collectCodes(error: unknown, depth = 0, out: string[] = []): string[] {
  if (error === null || typeof error !== 'object' || depth > 5) return out;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') out.push(code);
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested)) for (const item of nested) collectCodes(item, depth + 1, out);
  collectCodes((error as { cause?: unknown }).cause, depth + 1, out);
  return out;
}
