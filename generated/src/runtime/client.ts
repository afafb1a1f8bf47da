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
import { ClientValidationError, type RequestOutcome, type ValidationIssue } from './errors.js';
import { raceAbort, watchAbort } from './abort.js';
import {
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type ClientWarning,
  type OperationDefinition,
  type OperationInput,
  type RequestOptions,
  type RetryEvent,
  type RuntimeDefaults,
  type ValidateResponsesMode,
} from './definitions.js';
import { abortError, base, redirectFailure, responseFailure, statusFailure, tokenFailure, transportFailure, type AttemptFailure } from './failures.js';
import { compose, describe, describeText, errorText, formatIssues, jsonIssue } from './messages.js';
import { checkCallOptions, checkClientOptions, tokenProblem } from './options.js';
import { callOutcome, type AttemptState } from './outcome.js';
import { checkedSafely, checkSentBody, prepareBody, type PreparedBody } from './request-body.js';
import type { SerializedParameters } from './serialize.js';
import { scrubQuoted, scrubText } from './redact.js';
import { isRetryable, resolveRetryOptions, retryDelay, sleep, type RetryOptions } from './retry.js';

/** openapi-fetch's untyped core, which the generated, typed methods call through. */
interface UntypedFetchClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

/** An attempt gives the value the call resolves to, or how it failed, or that the caller aborted it before sending. */
type AttemptResult = { value: unknown; failure?: undefined } | { failure: AttemptFailure } | { aborted: true };

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
    // In a browser the package's own User-Agent is not sent: Firefox would send it, and then
    // an API's CORS preflight must allow the header or every call fails. One given is sent.
    const userAgent = options.userAgent ?? (inBrowser() ? undefined : defaults.userAgent);
    if (userAgent) headers['User-Agent'] = userAgent;
    this.fetchClient = createOpenApiFetch({ baseUrl: this.baseUrl, headers }) as unknown as UntypedFetchClient;
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
    const parameters: SerializedParameters = operation.prepareParameters
      ? operation.prepareParameters(operation, input.params, this.validateRequests ? operation.validateParameters : undefined, this.onWarning)
      : { path: operation.path, query: '', header: {} };
    const body = prepareBody(operation, input.body, this.validateRequests ? operation.validateRequest : undefined, this.onWarning);
    const retry = init.retry === undefined ? this.retryOptions : resolveRetryOptions(this.retry, init.retry);
    const timeoutMs = init.timeoutMs ?? this.timeoutMs;
    const signal = init.signal;
    const secrets: string[] = this.token ? [this.token] : [];
    let previous: AttemptFailure | undefined;
    // What the attempts so far can have done: once one may have done the work, the call's
    // outcome stays `unknown`, whatever a later attempt says.
    let earlier: RequestOutcome | undefined;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortError(operation, attempt - 1, previous, earlier, signal.reason, secrets);
      const result = await this.attempt(operation, input.params, parameters, body, init, timeoutMs, secrets);
      if ('aborted' in result) throw abortError(operation, attempt - 1, previous, earlier, signal?.reason, secrets, attempt);
      const failure = result.failure;
      if (!failure) return result.value;
      const retryable = isRetryable(failure.kind, operation.idempotent);
      const outcome = callOutcome(failure.outcome, earlier);
      if (!retryable || attempt > retry.maxRetries) throw failure.toError(attempt, retryable, outcome);
      // Sooner than the server asked would be refused again, or worse: the caller decides.
      if (failure.retryAfterMs !== undefined && failure.retryAfterMs > retry.maxDelayMs) {
        throw failure.toError(attempt, false, outcome, `Not sent again: the server asked to wait ${failure.retryAfterMs} ms (Retry-After), longer than maxDelayMs (${retry.maxDelayMs} ms).`);
      }
      const delayMs = retryDelay(attempt, retry, failure.retryAfterMs);
      this.onRetry?.({ operationId: operation.operationId, attempt, delayMs, error: failure.toError(attempt, false, outcome) });
      previous = failure;
      earlier = outcome;
      try {
        await sleep(delayMs, signal);
      } catch {
        throw abortError(operation, attempt, failure, earlier, signal?.reason, secrets);
      }
    }
  }

  private async attempt(
    operation: OperationDefinition,
    params: OperationInput['params'],
    parameters: SerializedParameters,
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
        return { failure: tokenFailure(operation, timedOut ? new Error(`it did not return a token within ${timeoutMs} ms (timeoutMs)`) : error, secrets) };
      }
      const problem = tokenProblem(token);
      if (problem) {
        settle();
        return { failure: tokenFailure(operation, new TypeError(`it returned a token that ${problem}`), secrets) };
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
      validated === undefined ? send(given) : raceAbort(checkSentBody(operation, given, validated), signal).then(() => send(given));
    const headers: Record<string, string> = { ...init.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    // An API that can answer in several media types answers without Accept in the one it
    // likes (Prism: the first listed, often XML): ask for the JSON the client reads and checks.
    if (operation.jsonResponse && !this.acceptGiven && !hasAccept(headers)) headers.Accept = 'application/json';

    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      const pending = this.fetchClient.request(operation.method, operation.path, {
        // Middleware sees the parameters as given; the URL and headers are serialize.ts's (the
        // path serializer runs only when there is a `path`, so one is always passed).
        params: { ...params, path: params?.path ?? {}, header: parameters.header },
        pathSerializer: (url: string) => url.slice(0, url.length - operation.path.length) + parameters.path,
        querySerializer: () => parameters.query,
        body: body.value,
        // The text made once is sent as it is; a middleware serializing a body of its own gets JSON.
        ...(body.serialized ? { bodySerializer: (value: unknown) => (value === body.value ? value : JSON.stringify(value)) } : {}),
        headers,
        signal: customFetch ? signal : undefined,
        redirect: manual ? 'manual' : undefined,
        parseAs: 'text',
        fetch: trackingFetch,
      });
      // A custom fetch's Response may not listen to the signal while its body is read: the
      // timeout and the caller's signal bound the read too.
      result = await (customFetch ? raceAbort(pending, signal) : pending);
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
      return { failure: transportFailure(operation, error, state, { timedOut, aborted, timeoutMs, baseUrl: this.baseUrl }, secrets) };
    } finally {
      settle();
    }
    const { response } = result;
    if (manual && (response.redirected || response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) {
      return { failure: redirectFailure(operation, response, response.ok ? result.data : result.error, state, secrets) };
    }
    if (!response.ok) return { failure: statusFailure(operation, response, result.error, state, secrets) };
    return this.readSuccess(operation, response, result.data, state, secrets);
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
      // An issue quotes what it received, which may be the token echoed back, and a property
      // name may be it too.
      const found = (result.issues ?? []).map((issue) => ({ ...issue, path: scrubText(issue.path, secrets), message: scrubQuoted(issue.message, secrets) }));
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
    return { failure: responseFailure(operation, response, text, issues, state, secrets) };
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

function hasAccept(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((name) => name.toLowerCase() === 'accept');
}

/** Browsers' user agents start with "Mozilla/"; Node.js's, Deno's, Bun's and workers' do not. */
function inBrowser(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  return typeof agent === 'string' && agent.startsWith('Mozilla/');
}
