/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * The request engine under every generated client: one call is validated, then sent through
 * openapi-fetch up to `1 + maxRetries` times, each attempt with its own timeout, and its answer
 * is parsed and validated. Every failure becomes one of the errors of `errors.ts`, whose
 * `outcome` says whether the server can have done the work. Nothing here knows a spec: the
 * generated `client.gen.ts` passes each operation's definition.
 */
import createOpenApiFetch, { type Middleware } from 'openapi-fetch';
import {
  ClientAbortError,
  ClientApiError,
  ClientError,
  ClientNetworkError,
  ClientResponseValidationError,
  ClientTimeoutError,
  ClientValidationError,
  createApiError,
  type RequestOutcome,
  type RequestSnapshot,
  type ValidationIssue,
} from './errors.js';
import { watchAbort } from './abort.js';
import { checkCallOptions, checkClientOptions, describe, tokenProblem } from './options.js';
import { redactHeaders, redactUrl, scrubError, scrubText, scrubValue } from './redact.js';
import { isRetryable, parseRetryAfter, resolveRetryOptions, retryDelay, sleep, type AttemptFailureKind, type RetryOptions, type RetrySettings } from './retry.js';
import { classifyTransportError } from './transport.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** What a generated validator returns. `issues` of an `ok` result can only be warnings. */
export type ValidationResult = { ok: true; value: unknown; issues?: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };
/**
 * A generated validator. The client calls it as is (stopping at the first issue is fastest for
 * valid bodies) and again with `allErrors: true` when it fails, to report every issue.
 */
export type Validator = (value: unknown, options?: { allErrors?: boolean }) => ValidationResult;

function validateFully(validate: Validator, value: unknown): ValidationResult {
  const result = validate(value);
  return result.ok ? result : validate(value, { allErrors: true });
}

/** Sentences that end an error's message, by what the server can have done. */
export interface OutcomeMessages {
  /** The server may or may not have done the work. */
  unknown: string;
  /** The server did not do it (or never saw the request). */
  notDone: string;
  /** The server did it. */
  done: string;
}

/** One operation of the spec, as the generated client describes it. */
export interface OperationDefinition {
  operationId: string;
  method: HttpMethod;
  /** Path template, such as `/items` or `/items/{id}`. */
  path: string;
  /** Retries after a timeout or 500/502/504 are allowed only for idempotent methods. */
  idempotent: boolean;
  requestBodyRequired: boolean;
  /** The 2xx answer is JSON (else the call resolves to undefined). */
  jsonResponse: boolean;
  validateRequest?: Validator;
  validateResponse?: Validator;
  /**
   * Whether a 503's body is the one the API itself answers 503 with (the spec's). Only such a
   * 503 of a request that is not idempotent is taken as "not done, try later": a proxy or
   * gateway answers 503 too, also after it passed the request on (Heroku's H12 after 30 s,
   * Envoy's "upstream reset"), while the server went on to do the work.
   */
  isUnavailableResponse?: (body: unknown) => boolean;
  messages: OutcomeMessages;
}

export type ValidateResponsesMode = 'off' | 'warn' | 'throw';

export type ClientWarning =
  | { type: 'request-validation'; operationId: string; issues: ValidationIssue[]; message: string }
  | { type: 'response-validation'; operationId: string; status: number; issues: ValidationIssue[]; message: string };

export interface RetryEvent {
  operationId: string;
  /** The attempt that failed (1 for the first). */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** Why the attempt failed. */
  error: ClientError;
}

export interface ClientOptions {
  /** Bearer token sent as `Authorization: Bearer <token>`. Give this or `getToken`. */
  token?: string | undefined;
  /** Called before every attempt (sync or async), for tokens that expire and are refreshed. */
  getToken?: (() => string | Promise<string>) | undefined;
  /** Default: the spec's first server. */
  baseUrl?: string | undefined;
  /** A fetch implementation (default: the global `fetch`). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Time allowed for one attempt, until its body is read (default 30,000 ms). */
  timeoutMs?: number | undefined;
  /** Retry settings, or `false` to never retry. */
  retry?: RetrySettings | false | undefined;
  /** Validate request bodies before sending (default true): an invalid body is never sent. */
  validateRequests?: boolean | undefined;
  /**
   * What to do when a 2xx body does not match the spec (default `"warn"`). A 2xx means the
   * server did the work: throwing would make a caller believe it failed and try again, so by
   * default the body is returned and the mismatch reported to `onWarning`. Use `"throw"` to
   * get a `ResponseValidationError` (whose `outcome` is `succeeded`) instead.
   */
  validateResponses?: ValidateResponsesMode | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** `User-Agent` header (browsers do not let scripts set it and ignore it). */
  userAgent?: string | undefined;
  /** openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run on every attempt. */
  middleware?: Middleware[] | undefined;
  /** Receives validation warnings (default: `console.warn`). What it throws, or an async hook rejects with, is ignored. */
  onWarning?: ((warning: ClientWarning) => void) | undefined;
  /** Called before each retry, with the error of the failed attempt and the wait. What it throws, or an async hook rejects with, is ignored. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the request in flight and any wait before a retry. */
  signal?: AbortSignal | undefined;
  /** Time allowed for each attempt of this call. */
  timeoutMs?: number | undefined;
  /**
   * This call's retry settings, each over the client's: `{ maxDelayMs: 1000 }` keeps the
   * client's others, and its `retry: false` (no retries) unless `maxRetries` is given.
   */
  retry?: RetrySettings | false | undefined;
  /** Headers for this call only. */
  headers?: Record<string, string> | undefined;
}

export interface OperationInput {
  params?: Record<string, unknown>;
  body?: unknown;
}

/** What the generated factory knows from the spec. */
export interface RuntimeDefaults {
  /** The name of the generated factory, for messages. */
  factoryName: string;
  baseUrl: string;
  userAgent?: string;
  /** The spec requires a bearer token: creating a client without one is an error. */
  requiresToken: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_ISSUES_IN_MESSAGE = 10;
const MAX_BODY_IN_MESSAGE = 200;

/** openapi-fetch's untyped core, which the generated, typed methods call through. */
interface UntypedFetchClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

/** How one attempt failed: the retry rule's input, and the error to throw if it is the last. */
interface AttemptFailure {
  kind: AttemptFailureKind;
  outcome: RequestOutcome;
  retryAfterMs?: number;
  /**
   * The error to throw. `outcome`: the call's, from this attempt's and what earlier ones can
   * have done (see `callOutcome`); this attempt's when not given.
   */
  toError(attempts: number, exhausted: boolean, outcome?: RequestOutcome): ClientError;
}

/** An attempt gives the value the call resolves to, or how it failed, or that the caller aborted it before sending. */
type AttemptResult = { value: unknown; failure?: undefined } | { failure: AttemptFailure } | { aborted: true };

/** A request body, as the attempts send it: JSON text made once (then sent as it is), or as given. */
interface PreparedBody {
  value: unknown;
  serialized: boolean;
}

interface AttemptState {
  sent: boolean;
  request?: Request;
  /** The server's own answer, before any middleware's onResponse. */
  response?: Response;
  /** How fetch failed, before any middleware's onError answered in its place. */
  error?: unknown;
  /** The server's own 503 body (parsed JSON, or its text), kept when a middleware may rewrite it. */
  wireBody?: unknown;
}

export class ClientRuntime {
  private readonly fetchClient: UntypedFetchClient;
  /** Whether the client's `headers` choose the media type of answers (`Accept`). */
  private readonly acceptGiven: boolean;
  private readonly token: string | undefined;
  private readonly getToken: (() => string | Promise<string>) | undefined;
  private readonly fetchImpl: ((request: Request) => Promise<Response>) | undefined;
  private readonly timeoutMs: number;
  private readonly retry: Partial<RetryOptions> | false | undefined;
  /** The client's retry settings resolved once: a call without its own `retry` uses them as they are. */
  private readonly retryOptions: Readonly<RetryOptions>;
  private readonly validateRequests: boolean;
  private readonly validateResponses: ValidateResponsesMode;
  private readonly onWarning: (warning: ClientWarning) => void;
  private readonly onRetry: ((event: RetryEvent) => void) | undefined;
  private readonly baseUrl: string;
  /** The middleware registered, as openapi-fetch holds it: with any, the Request sent may not be the one built. */
  private readonly middleware: Middleware[] = [];

  constructor(options: ClientOptions, defaults: RuntimeDefaults) {
    const name = defaults.factoryName;
    // Every option, once: a wrong one fails here, not at the first call or as a network error.
    checkClientOptions(name, options);
    if (defaults.requiresToken && options.token === undefined && options.getToken === undefined) {
      throw new TypeError(`${name}: the API requires a bearer token; pass \`token\` or \`getToken\``);
    }
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retryOptions = resolveRetryOptions(options.retry, undefined);
    const mode = options.validateResponses ?? 'warn';
    // Blanks around a token are dropped (one read from a file ends with a line break), so that
    // the token redacted from errors is the one sent.
    this.token = options.token?.trim();
    this.getToken = options.getToken;
    this.fetchImpl = options.fetch;
    // A copy of the checked settings: the caller's object may change after this check.
    this.retry = options.retry && { ...options.retry };
    this.validateRequests = options.validateRequests ?? true;
    this.validateResponses = mode;
    // Observers must not change a call's outcome: after a 201, an exception from a logging hook
    // would make the caller believe the create failed. Their errors are dropped.
    const onWarning = options.onWarning ?? ((warning: ClientWarning) => console.warn(warning.message));
    this.onWarning = (warning) => observe(onWarning, warning);
    const onRetry = options.onRetry;
    this.onRetry = onRetry && ((event) => observe(onRetry, event));
    this.baseUrl = options.baseUrl ?? defaults.baseUrl;
    const headers: Record<string, string> = { ...options.headers };
    this.acceptGiven = hasAccept(headers);
    const userAgent = options.userAgent ?? defaults.userAgent;
    if (userAgent) headers['User-Agent'] = userAgent;
    // OpenAPI's default for an object in the query is form, exploded (`name=a&age=2`);
    // openapi-fetch's own is deepObject (`object[name]=a`).
    this.fetchClient = createOpenApiFetch({ baseUrl: this.baseUrl, headers, querySerializer: { object: { style: 'form', explode: true } } }) as unknown as UntypedFetchClient;
    if (options.middleware?.length) this.use(...options.middleware);
  }

  /** Registers openapi-fetch middleware. */
  use(...middleware: Middleware[]): void {
    this.fetchClient.use(...middleware);
    this.middleware.push(...middleware);
  }

  eject(...middleware: Middleware[]): void {
    this.fetchClient.eject(...middleware);
    // As openapi-fetch does: each one's first registration.
    for (const item of middleware) {
      const index = this.middleware.indexOf(item);
      if (index >= 0) this.middleware.splice(index, 1);
    }
  }

  async execute(operation: OperationDefinition, input: OperationInput, init: RequestOptions = {}): Promise<unknown> {
    checkCallOptions(operation.operationId, init, this.token !== undefined || this.getToken !== undefined);
    const body = this.prepareBody(operation, input.body);
    const retry = init.retry === undefined ? this.retryOptions : resolveRetryOptions(this.retry, init.retry);
    const timeoutMs = init.timeoutMs ?? this.timeoutMs;
    const signal = init.signal;
    const secrets: string[] = this.token ? [this.token] : [];
    let previous: AttemptFailure | undefined;
    // What the attempts so far can have done: once one may have done the work, the call's
    // outcome stays `unknown`, whatever a later attempt says.
    let earlier: RequestOutcome | undefined;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw this.abortError(operation, attempt - 1, previous, earlier, signal.reason, secrets);
      const result = await this.attempt(operation, input.params, body, init, timeoutMs, secrets);
      if ('aborted' in result) throw this.abortError(operation, attempt - 1, previous, earlier, signal?.reason, secrets, attempt);
      const failure = result.failure;
      if (!failure) return result.value;
      const retryable = isRetryable(failure.kind, operation.idempotent);
      const outcome = callOutcome(failure.outcome, earlier);
      if (!retryable || attempt > retry.maxRetries) throw failure.toError(attempt, retryable, outcome);
      const delayMs = retryDelay(attempt, retry, failure.retryAfterMs);
      this.onRetry?.({ operationId: operation.operationId, attempt, delayMs, error: failure.toError(attempt, false, outcome) });
      previous = failure;
      earlier = outcome;
      try {
        await sleep(delayMs, signal);
      } catch {
        throw this.abortError(operation, attempt, failure, earlier, signal?.reason, secrets);
      }
    }
  }

  /**
   * The body as it will be sent, checked: the validator reads the JSON the server will get, and
   * that same text is sent. (Checking the value itself would pass a body whose \`toJSON\`, or a
   * getter on its prototype, or a Map, sends something else.) When the JSON is invalid, the
   * issues shown are the value's where it is invalid too, so they show what the caller passed
   * (\`NaN\`, which JSON writes as null). A body that cannot be JSON (a BigInt, a cycle, a
   * getter that throws) is refused before sending, with its path when the value is invalid.
   */
  private prepareBody(operation: OperationDefinition, body: unknown): PreparedBody {
    const validate = this.validateRequests ? operation.validateRequest : undefined;
    if (!validate || (body === undefined && !operation.requestBodyRequired)) return { value: body, serialized: false };
    let text: string | undefined;
    try {
      text = JSON.stringify(body);
    } catch (error) {
      const invalid = valueErrors(validate, body);
      if (invalid?.length) throw this.invalidBody(operation, invalid, 'invalid');
      throw new ClientError('REQUEST_SETUP', `${operation.operationId}: the request body cannot be sent as JSON, so nothing was sent: ${errorText(error, [])}`, {
        ...base(operation, 0, 'not-sent'),
        cause: error,
      });
    }
    let result: ValidationResult;
    try {
      result = validateFully(validate, text === undefined ? undefined : JSON.parse(text));
    } catch (error) {
      // A validator can only throw on a value too deep for the stack (a recursive schema).
      throw new ClientError('REQUEST_SETUP', `${operation.operationId}: the request body could not be checked against the spec, so nothing was sent: ${errorText(error, [])}`, {
        ...base(operation, 0, 'not-sent'),
        cause: error,
      });
    }
    const issues = result.issues ?? [];
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    if (warnings.length > 0) {
      this.onWarning({
        type: 'request-validation',
        operationId: operation.operationId,
        issues: warnings,
        message: `${operation.operationId}: the request body has ${plural(warnings.length, 'warning')} (sent anyway):\n${formatIssues(warnings)}`,
      });
    }
    const errors = issues.filter((issue) => issue.severity !== 'warning');
    if (!result.ok && errors.length > 0) {
      // The JSON's issues, each told as the value's issue of the same check at the same path
      // where there is one (NaN, which JSON writes as null, is shown as NaN); issues of one
      // check at one path (the missing properties of an object) are paired off in order.
      const asGiven = new Map<string, ValidationIssue[]>();
      for (const issue of valueErrors(validate, body) ?? []) {
        const key = issueKey(issue);
        asGiven.set(key, [...(asGiven.get(key) ?? []), issue]);
      }
      const shown = errors.map((issue) => asGiven.get(issueKey(issue))?.shift() ?? issue);
      const onlyAsSent = shown.some((issue, index) => issue === errors[index]);
      throw this.invalidBody(
        operation,
        shown,
        onlyAsSent ? 'invalid as sent (its JSON, made by a toJSON, from own properties only, or from a Map as {}, is not what the value holds)' : 'invalid',
      );
    }
    return text === undefined ? { value: undefined, serialized: false } : { value: text, serialized: true };
  }

  private invalidBody(operation: OperationDefinition, errors: ValidationIssue[], what: string): ClientValidationError {
    return new ClientValidationError(`${operation.operationId}: the request body is ${what}, so nothing was sent:\n${formatIssues(errors)}`, {
      ...base(operation, 0, 'not-sent'),
      issues: errors,
    });
  }

  private async attempt(
    operation: OperationDefinition,
    params: OperationInput['params'],
    body: PreparedBody,
    init: RequestOptions,
    timeoutMs: number,
    secrets: string[],
  ): Promise<AttemptResult> {
    // The timeout and the caller's signal cover the whole attempt, the token's wait included.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    const callerSignal = init.signal;
    const unwatch = callerSignal && watchAbort(callerSignal, () => controller.abort(callerSignal.reason));
    const signal = controller.signal;
    const settle = (): void => {
      clearTimeout(timer);
      unwatch?.();
    };

    let token = this.token;
    if (this.getToken) {
      const getToken = this.getToken;
      try {
        token = await raceAbort(Promise.resolve().then(getToken), signal);
      } catch (error) {
        settle();
        if (!timedOut && callerSignal?.aborted) return { aborted: true };
        return { failure: this.tokenFailure(operation, timedOut ? new Error(`it did not return a token within ${timeoutMs} ms (timeoutMs)`) : error, secrets) };
      }
      const problem = tokenProblem(token);
      if (problem) {
        settle();
        return { failure: this.tokenFailure(operation, new TypeError(`it returned a token that ${problem}`), secrets) };
      }
      token = (token as string).trim();
      if (!secrets.includes(token)) secrets.push(token);
    }

    const state: AttemptState = { sent: false };
    const customFetch = this.fetchImpl;
    // A redirect of a request that is not idempotent is not followed: a 307 or 308 would send a
    // create again, to another address, and the status of a 303's GET would be taken for the
    // create's (a 404 read as "not created" after the server created it). The 3xx is the answer.
    // An idempotent request keeps fetch's default, or what a middleware set.
    const manual = !operation.idempotent;
    // The global fetch gets the signal as its init: it re-wraps the Request anyway, and a
    // Request made with a signal links it (undici), a cost per call bare openapi-fetch does not
    // pay. A custom fetch gets it on the Request, where any implementation finds it, and is
    // raced against it in case it does not listen.
    const send = (given: Request): Promise<Response> => {
      // Aborted or timed out before fetch (in a middleware's onRequest): nothing was sent.
      if (signal.aborted) return Promise.reject(signal.reason);
      // A middleware that built a Request of its own dropped the mode.
      const request = manual && given.redirect !== 'manual' ? new Request(given, { redirect: 'manual' }) : given;
      state.sent = true;
      state.request = request;
      const pending = customFetch ? raceAbort(customFetch(request), signal) : globalThis.fetch(request, { signal });
      return pending.then((response) => {
        // Read as a Response by shape: a polyfill's Response is not the global class.
        const shaped = response as Partial<Response> | null;
        if (customFetch && (shaped === null || typeof shaped !== 'object' || typeof shaped.status !== 'number' || typeof shaped.headers?.get !== 'function')) {
          throw new TypeError(`the \`fetch\` option returned ${describe(response)}, not a Response`);
        }
        state.response = response;
        // A middleware may rewrite a 503's body and keep its status: the server's own body is
        // what says whether the API sent it (judgeAnswer).
        if (response.status === 503 && !operation.idempotent && this.middleware.length > 0) {
          return response.clone().text().then(
            (text) => {
              state.wireBody = parseOrText(text);
              return response;
            },
            () => response,
          );
        }
        return response;
      }, (error: unknown) => {
        state.error = error;
        throw error;
      });
    };
    // A middleware's onRequest can send another body than the one validated: the body sent is
    // checked too, when it is not the validated text.
    const validated = body.serialized && this.middleware.length > 0 ? (body.value as string) : undefined;
    const trackingFetch = (given: Request): Promise<Response> =>
      validated === undefined ? send(given) : raceAbort(this.checkSentBody(operation, given, validated), signal).then(() => send(given));
    const headers: Record<string, string> = { ...init.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    // An API that can answer in several media types answers without Accept in the one it
    // likes (Prism: the first listed, often XML): ask for the JSON the client reads and checks.
    if (operation.jsonResponse && !this.acceptGiven && !hasAccept(headers)) headers.Accept = 'application/json';

    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = await this.fetchClient.request(operation.method, operation.path, {
        params,
        body: body.value,
        // The text made once is sent as it is; a middleware serializing a body of its own gets JSON.
        ...(body.serialized ? { bodySerializer: (value: unknown) => (value === body.value ? value : JSON.stringify(value)) } : {}),
        headers,
        signal: customFetch ? signal : undefined,
        redirect: manual ? 'manual' : undefined,
        parseAs: 'text',
        fetch: trackingFetch,
      });
    } catch (error) {
      if (error instanceof ClientValidationError && !state.sent) {
        // Made again with the call's attempts and outcome: an earlier attempt may have been sent.
        const { issues } = error;
        return {
          failure: {
            kind: { kind: 'final' },
            outcome: 'not-sent',
            toError: (attempts, _exhausted, result = 'not-sent') =>
              new ClientValidationError(
                compose(operation, `${operation.operationId}: the request body is invalid as a middleware's onRequest changed it, so attempt ${attempts} was not sent:\n${formatIssues(issues)}`, result, attempts, false),
                { ...base(operation, attempts, result), issues },
              ),
          },
        };
      }
      const aborted = !timedOut && callerSignal?.aborted === true;
      return { failure: this.transportFailure(operation, error, state, { timedOut, aborted, timeoutMs }, secrets) };
    } finally {
      settle();
    }
    const { response } = result;
    if (manual && (response.redirected || response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
      return { failure: this.redirectFailure(operation, response, response.ok ? result.data : result.error, state, secrets) };
    }
    if (!response.ok) return { failure: this.statusFailure(operation, response, result.error, state, secrets) };
    return this.readSuccess(operation, response, result.data, state, secrets);
  }

  /** Refuses a body a middleware's onRequest changed into one the spec does not allow. */
  private async checkSentBody(operation: OperationDefinition, request: Request, validated: string): Promise<void> {
    const text = await sentText(request);
    if (typeof text !== 'string') throw this.invalidBody(operation, [text], "unreadable as a middleware's onRequest encoded it");
    if (text === validated) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw this.invalidBody(operation, [jsonIssue(describeText(text, []), errorText(error, []))], "invalid as a middleware's onRequest changed it");
    }
    const result = checkedSafely(operation.validateRequest!, value, []);
    if (result.ok) return;
    const errors = result.issues.filter((issue) => issue.severity !== 'warning');
    throw this.invalidBody(operation, errors, "invalid as a middleware's onRequest changed it");
  }

  private readSuccess(operation: OperationDefinition, response: Response, data: unknown, state: AttemptState, secrets: string[]): AttemptResult {
    if (!operation.jsonResponse) return { value: undefined };
    const text = typeof data === 'string' ? data : '';
    let value: unknown;
    let issues: ValidationIssue[];
    if (text.trim() === '') {
      issues = [jsonIssue('an empty body')];
    } else {
      try {
        value = JSON.parse(text);
        issues = [];
      } catch (error) {
        issues = [jsonIssue(describeText(text, secrets), errorText(error, secrets))];
      }
    }
    if (issues.length === 0) {
      if (this.validateResponses === 'off' || !operation.validateResponse) return { value };
      // The server did the work: a validator that throws (on a body too deep for the stack)
      // gives an issue, never an error without an outcome that a caller might retry.
      const result = checkedSafely(operation.validateResponse, value, secrets);
      const found = result.issues ?? [];
      const errors = found.filter((issue) => issue.severity !== 'warning');
      if (result.ok || errors.length === 0 || this.validateResponses === 'warn') {
        if (found.length > 0) {
          this.onWarning({
            type: 'response-validation',
            operationId: operation.operationId,
            status: response.status,
            issues: found,
            message: `${operation.operationId}: the ${response.status} response does not match the spec (returned anyway):\n${formatIssues(found)}`,
          });
        }
        return { value };
      }
      issues = errors;
    }
    const status = response.status;
    return {
      failure: {
        kind: { kind: 'final' },
        outcome: 'succeeded',
        toError: (attempts) => {
          const keyword = issues[0]?.keyword;
          const what = keyword === 'json' ? 'its body is not JSON' : keyword === 'uncheckable' ? 'its body could not be checked against the spec' : 'its body does not match the spec';
          return new ClientResponseValidationError(
            `${label(operation)}: the server answered ${status}, but ${what}:\n${formatIssues(issues)}\n${operation.messages.done}`,
            {
              ...base(operation, attempts, 'succeeded', snapshot(state, secrets)),
              status,
              issues,
              body: scrubText(text, secrets),
              headers: redactHeaders(response.headers, secrets),
            },
          );
        },
      },
    };
  }

  private statusFailure(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState, secrets: string[]): AttemptFailure {
    const status = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const { kind, outcome } = judgeAnswer(operation, response, body, state);
    const wire = state.response;
    const replaced = state.sent && wire !== response && wire?.status !== response.status;
    const why = !state.sent
      ? "; a middleware's onRequest answered it, and nothing was sent"
      : replaced
        ? `; a middleware answered it in place of ${wire ? `the server's ${wire.status}` : 'a failed request'}, which says what the server can have done`
        : kind.kind === 'final' && status === 503
          ? operation.isUnavailableResponse
            ? `; it is not the API's own 503 (its body is not the one the spec gives), so a proxy or gateway may have answered it after passing the request on`
            : `; the spec gives no body for the API's own 503 to tell it from a proxy's or gateway's, which may answer it after passing the request on`
          : '';
    return {
      kind,
      outcome,
      retryAfterMs,
      toError: (attempts, exhausted, result = outcome) => {
        const scrubbed = scrubValue(body, secrets);
        const head = `${label(operation)} failed with ${status}${response.statusText ? ` ${response.statusText}` : ''}${describeErrorBody(scrubbed)}${why}`;
        return createApiError(compose(operation, head, result, attempts, exhausted), {
          ...base(operation, attempts, result, snapshot(state, secrets)),
          status,
          statusText: response.statusText,
          body: scrubbed,
          headers: redactHeaders(response.headers, secrets),
          retryAfterMs,
        });
      },
    };
  }

  /**
   * A redirect answered a request that is not idempotent: a 3xx (not followed), a browser's
   * opaque redirect (status 0), or one that a custom `fetch` followed anyway. The server may
   * or may not have done the work (a 303 usually means it did, a 307 that it did not), and
   * following it is what the client must not do, so the outcome is `unknown` and it is final.
   */
  private redirectFailure(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState, secrets: string[]): AttemptFailure {
    const status = response.status;
    const location = response.headers.get('location');
    const shown = (url: string): string => scrubText(redactUrl(url), secrets);
    const what =
      response.type === 'opaqueredirect'
        ? 'was redirected by the server (a browser does not say where)'
        : response.redirected
          ? `was redirected, and the \`fetch\` option followed the redirect to ${shown(response.url)}, which answered ${status}`
          : `was answered ${status}${response.statusText ? ` ${response.statusText}` : ''}, a redirect${location ? ` to ${shown(location)}` : ''}`;
    const head = `${label(operation)} ${what}; a request that is not idempotent is not followed to another address`;
    return {
      kind: { kind: 'final' },
      outcome: 'unknown',
      // The plain class: a status class (a ServerError for a 503) would describe the answer to
      // another request, where a custom fetch followed the redirect.
      toError: (attempts, _exhausted, result = 'unknown') =>
        new ClientApiError(compose(operation, head, result, attempts, false), {
          ...base(operation, attempts, result, snapshot(state, secrets)),
          status,
          statusText: response.statusText,
          body: scrubValue(body, secrets),
          headers: redactHeaders(response.headers, secrets),
        }),
    };
  }

  private transportFailure(
    operation: OperationDefinition,
    error: unknown,
    state: AttemptState,
    how: { timedOut: boolean; aborted: boolean; timeoutMs: number },
    secrets: string[],
  ): AttemptFailure {
    const status = state.response?.status;
    const phase = status === undefined ? 'response' : 'body';
    const afterStatus = status === undefined ? '' : ` after the server answered ${status}`;
    // With a status in hand, the status says what the server did; without one, only whether a
    // connection was made can tell.
    // (Nothing sent means no status either, and the outcome `not-sent`.)
    // (A 503 whose body was lost cannot be told from a gateway's: see judgeStatus.)
    const seen: { kind: AttemptFailureKind; outcome: RequestOutcome } =
      status === undefined
        ? { kind: { kind: 'lost' }, outcome: state.sent ? 'unknown' : 'not-sent' }
        : status >= 200 && status < 300
          ? { kind: { kind: 'lost' }, outcome: 'succeeded' }
          : judgeStatus(operation, status, undefined);

    if (how.aborted) {
      const outcome = seen.outcome;
      return {
        kind: { kind: 'final' },
        outcome,
        toError: (attempts, _exhausted, result = outcome) =>
          new ClientAbortError(compose(operation, `${label(operation)} was aborted by the caller's signal${afterStatus}`, result, attempts, false), {
            ...base(operation, attempts, result, snapshot(state, secrets)),
            cause: scrubError(error, secrets),
          }),
      };
    }
    if (how.timedOut) {
      const { kind, outcome } = state.sent ? seen : { kind: { kind: 'final' } as const, outcome: 'not-sent' as const };
      // A timeout in a middleware's onRequest fires before anything is sent.
      const waited = !state.sent ? 'before it was sent' : phase === 'response' ? 'waiting for the response' : `waiting for the body of the ${status} response`;
      return {
        kind,
        outcome,
        toError: (attempts, exhausted, result = outcome) =>
          new ClientTimeoutError(compose(operation, `${label(operation)} timed out after ${how.timeoutMs} ms ${waited}`, result, attempts, exhausted), {
            ...base(operation, attempts, result, snapshot(state, secrets)),
            timeoutMs: how.timeoutMs,
            phase,
            status,
          }),
      };
    }
    if (!state.sent) {
      // fetch was never called: a middleware's onRequest threw, or the body could not be serialised.
      return {
        kind: { kind: 'final' },
        outcome: 'not-sent',
        toError: (attempts, _exhausted, result = 'not-sent') =>
          new ClientError('REQUEST_SETUP', compose(operation, `${label(operation)} failed before sending: ${errorText(error, secrets)}`, result, attempts, false), {
            ...base(operation, attempts, result),
            cause: scrubError(error, secrets),
          }),
      };
    }
    const transport = classifyTransportError(error);
    const { kind, outcome } =
      transport.notConnected && status === undefined ? { kind: { kind: 'not-connected', transient: transport.transient } as const, outcome: 'not-sent' as const } : seen;
    const what = transport.notConnected
      ? `could not connect to ${redactUrl(this.baseUrl)}`
      : `lost the connection${afterStatus}`;
    return {
      kind,
      outcome,
      toError: (attempts, exhausted, result = outcome) =>
        new ClientNetworkError(
          compose(operation, `${label(operation)} ${what}: ${errorText(error, secrets)}${transport.code ? ` (${transport.code})` : ''}`, result, attempts, exhausted),
          {
            ...base(operation, attempts, result, snapshot(state, secrets)),
            networkCode: transport.code,
            phase,
            status,
            cause: scrubError(error, secrets),
          },
        ),
    };
  }

  private tokenFailure(operation: OperationDefinition, error: unknown, secrets: string[]): AttemptFailure {
    return {
      kind: { kind: 'final' },
      outcome: 'not-sent',
      toError: (attempts, _exhausted, result = 'not-sent') =>
        new ClientError('TOKEN_PROVIDER', compose(operation, `${label(operation)}: getToken() failed: ${errorText(error, secrets)}`, result, attempts, false), {
          ...base(operation, attempts, result),
          cause: scrubError(error, secrets),
        }),
    };
  }

  /** `beforeAttempt`: the attempt whose token was awaited when the signal aborted. */
  private abortError(
    operation: OperationDefinition,
    attempts: number,
    previous: AttemptFailure | undefined,
    earlier: RequestOutcome | undefined,
    reason: unknown,
    secrets: string[],
    beforeAttempt?: number,
  ): ClientAbortError {
    const outcome = earlier ?? 'not-sent';
    const head = !previous
      ? `${label(operation)} was aborted by the caller's signal before it was sent`
      : beforeAttempt
        ? `${label(operation)} was aborted by the caller's signal before attempt ${beforeAttempt} was sent`
        : `${label(operation)} was aborted by the caller's signal while waiting to retry`;
    return new ClientAbortError(compose(operation, head, outcome, attempts, false), {
      ...base(operation, attempts, outcome),
      cause: previous ? previous.toError(attempts, false, outcome) : scrubError(reason, secrets),
    });
  }
}

function observe<T>(hook: (value: T) => unknown, value: T): void {
  try {
    const returned = hook(value);
    // An async hook's rejection too: unhandled, it would end the process (Node.js's default),
    // perhaps right after a create succeeded, before the caller could record it.
    if (returned !== null && typeof returned === 'object' && typeof (returned as PromiseLike<unknown>).then === 'function') {
      (returned as PromiseLike<unknown>).then(undefined, () => {});
    }
  } catch {
    // Deliberately ignored: see the constructor.
  }
}

/** A body read as openapi-fetch reads an error body: parsed JSON when it is JSON, else its text. */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The text of a body a middleware sent, decoded when it compressed it (gzip or deflate, where
 * the runtime has DecompressionStream); or, for a body in an encoding not decoded here, the
 * issue that refuses it: the client never sends a body it has not checked.
 */
async function sentText(request: Request): Promise<string | ValidationIssue> {
  const header = request.headers.get('content-encoding') ?? '';
  // Encodings in the order applied ("gzip, identity"), undone last first.
  const encodings = header.toLowerCase().split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== 'identity');
  if (encodings.length === 0) return request.clone().text();
  const issue = (reason: string): ValidationIssue => ({
    path: '',
    keyword: 'content-encoding',
    message: `must be sent in an encoding the client can check (received Content-Encoding ${JSON.stringify(header)}, ${reason})`,
    schemaPath: '',
    severity: 'error',
  });
  const unknown = encodings.find((name) => name !== 'gzip' && name !== 'x-gzip' && name !== 'deflate');
  if (unknown !== undefined) return issue(`and ${JSON.stringify(unknown)} is not one the client can decode to check the body: gzip or deflate`);
  if (typeof DecompressionStream !== 'function') return issue('which this runtime has no DecompressionStream to decode');
  let body = request.clone().body;
  if (!body) return '';
  for (const name of encodings.reverse()) body = body.pipeThrough(new DecompressionStream(name === 'deflate' ? 'deflate' : 'gzip'));
  try {
    return await new Response(body).text();
  } catch (error) {
    return issue(`which does not decode: ${errorText(error, [])}`);
  }
}

/** The promise, or a rejection with the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
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

function base(operation: OperationDefinition, attempts: number, outcome: RequestOutcome, request?: RequestSnapshot) {
  return { operationId: operation.operationId, method: operation.method, path: operation.path, attempts, outcome, request };
}

function label(operation: OperationDefinition): string {
  return `${operation.operationId} (${operation.method} ${operation.path})`;
}

/**
 * `judgeStatus` of the answer, or, when a middleware's onResponse or onError answered in the
 * server's place, of what happened: a middleware that turns a 201 into a 503 must not make the
 * create be sent again, nor one that turns a reset into a 503.
 */
function judgeAnswer(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState): { kind: AttemptFailureKind; outcome: RequestOutcome } {
  const wire = state.response;
  // Nothing sent: an onRequest answered. The status rules the retry; nothing can have been done.
  if (!state.sent) return { kind: { kind: 'status', status: response.status }, outcome: 'not-sent' };
  if (wire === response) return judgeStatus(operation, response.status, body);
  if (wire === undefined) {
    const transport = classifyTransportError(state.error);
    return transport.notConnected ? { kind: { kind: 'not-connected', transient: transport.transient }, outcome: 'not-sent' } : { kind: { kind: 'lost' }, outcome: 'unknown' };
  }
  if (wire.ok) return { kind: { kind: 'final' }, outcome: 'succeeded' };
  // A middleware rewrote the server's answer: its status, and for a 503 its own body (kept by
  // the attempt), decide, whatever the middleware made of them.
  return judgeStatus(operation, wire.status, state.wireBody);
}

/**
 * What an answer says the server did, and whether the retry rule may send the request again:
 * by its status, except a 503 of a request that is not idempotent, which says "not done" only
 * when its body is the API's own (`isUnavailableResponse`); any other 503 may come from a proxy
 * or gateway that passed the request on: its outcome is unknown, and it is final.
 */
function judgeStatus(operation: OperationDefinition, status: number, body: unknown): { kind: AttemptFailureKind; outcome: RequestOutcome } {
  if (status === 503 && !operation.idempotent && !isApiUnavailable(operation, body)) return { kind: { kind: 'final' }, outcome: 'unknown' };
  return { kind: { kind: 'status', status }, outcome: outcomeOfStatus(status) };
}

/** Whether a 503's body is the API's own; one its guard cannot read (too deep) is not. */
function isApiUnavailable(operation: OperationDefinition, body: unknown): boolean {
  try {
    return operation.isUnavailableResponse?.(body) === true;
  } catch {
    return false;
  }
}

/** What a status says the server did: 2xx did it, 4xx (429 included) and 503 did not. */
function outcomeOfStatus(status: number): RequestOutcome {
  if (status >= 200 && status < 300) return 'succeeded';
  if ((status >= 400 && status < 500) || status === 503) return 'rejected';
  return 'unknown';
}

/** The errors of a value as given, or undefined when reading it throws (a getter). */
function valueErrors(validate: Validator, value: unknown): ValidationIssue[] | undefined {
  try {
    const result = validateFully(validate, value);
    return result.ok ? [] : result.issues.filter((issue) => issue.severity !== 'warning');
  } catch {
    return undefined;
  }
}

/**
 * The outcome of a call from its last attempt's and what the earlier ones can have done: after
 * an attempt that may have done the work (\`unknown\`), a later one that did not, or was never
 * sent, cannot say the work was not done.
 */
function callOutcome(outcome: RequestOutcome, earlier: RequestOutcome | undefined): RequestOutcome {
  return earlier === 'unknown' && (outcome === 'not-sent' || outcome === 'rejected') ? 'unknown' : outcome;
}

function compose(operation: OperationDefinition, head: string, outcome: RequestOutcome, attempts: number, exhausted: boolean): string {
  const parts = [head.endsWith('.') ? head : `${head}.`];
  if (exhausted) parts.push(`Gave up after ${plural(attempts, 'attempt')}.`);
  else if (attempts > 1) parts.push(`This was attempt ${attempts}.`);
  const { messages } = operation;
  parts.push(outcome === 'unknown' ? messages.unknown : outcome === 'succeeded' ? messages.done : messages.notDone);
  return parts.join(' ');
}

function snapshot(state: AttemptState, secrets: string[]): RequestSnapshot | undefined {
  const request = state.request;
  if (!request) return undefined;
  return { method: request.method, url: scrubText(redactUrl(request.url), secrets), headers: redactHeaders(request.headers, secrets) };
}

/** `: <the server's message>` for the error's message, from a JSON error body or its text. */
function describeErrorBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return ': the body is empty';
  if (typeof body === 'string') {
    if (/^\s*</.test(body) && /<html|<!doctype|<body|<head/i.test(body.slice(0, 1024))) {
      return ': the body is an HTML page, probably from a proxy or gateway';
    }
    return `: ${truncate(body.replace(/\s+/g, ' ').trim())}`;
  }
  if (typeof body === 'object') {
    const message = (body as { message?: unknown }).message ?? (body as { error?: unknown }).error ?? (body as { detail?: unknown }).detail;
    if (typeof message === 'string' && message) return `: ${truncate(message.replace(/\s+/g, ' '))}`;
  }
  return '';
}

/** validateFully, with a validator's exception (a body too deep for the stack) as an issue. */
function checkedSafely(validate: Validator, value: unknown, secrets: string[]): ValidationResult {
  try {
    return validateFully(validate, value);
  } catch (error) {
    return { ok: false, issues: [{ path: '', keyword: 'uncheckable', message: `could not be checked against the spec: ${errorText(error, secrets)}`, schemaPath: '', severity: 'error' }] };
  }
}

/**
 * Which check an issue is of, where, and what it says but for what it received: the value's
 * issue "must be number (received NaN)" stands for the JSON's "(received null)", and one
 * missing property never for another.
 */
function issueKey(issue: ValidationIssue): string {
  return `${issue.path}\n${issue.keyword}\n${issue.schemaPath}\n${issue.message.replace(/ \(received [\s\S]*\)$/, '')}`;
}

/** The issue of a body that is not JSON: `received` says what came instead, `reason` why it does not parse. */
function jsonIssue(received: string, reason?: string): ValidationIssue {
  return { path: '', keyword: 'json', message: `must be a JSON document${reason === undefined ? '' : ` (${reason})`}, received ${received}`, schemaPath: '', severity: 'error' };
}

function describeText(text: string, secrets: string[]): string {
  const trimmed = text.trimStart();
  if (/^<(!doctype|html)/i.test(trimmed)) return 'an HTML page';
  return JSON.stringify(truncate(scrubText(trimmed.replace(/\s+/g, ' '), secrets)));
}

function truncate(text: string): string {
  return text.length > MAX_BODY_IN_MESSAGE ? `${text.slice(0, MAX_BODY_IN_MESSAGE)}… (${text.length} characters)` : text;
}

function errorText(error: unknown, secrets: string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  return scrubText(message, secrets);
}

function formatIssues(issues: ValidationIssue[]): string {
  const lines = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `  ${issue.path || '(body)'}: ${issue.message}`);
  if (issues.length > MAX_ISSUES_IN_MESSAGE) lines.push(`  ... and ${issues.length - MAX_ISSUES_IN_MESSAGE} more (see \`issues\`)`);
  return lines.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function hasAccept(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((name) => name.toLowerCase() === 'accept');
}
