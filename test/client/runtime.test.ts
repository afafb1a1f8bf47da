/**
 * The request engine on its own, with hand-written operation definitions and an in-memory
 * fetch: validation warnings (issue 6's `severity: "warning"`) never block a request and go to
 * `onWarning`; option errors are caught when the client is made.
 */
import { describe, expect, it } from 'vitest';
import { ClientRuntime, type OperationDefinition, type ValidationResult, type ClientWarning } from '../../generator/client/runtime/client.js';
import { ClientValidationError } from '../../generator/client/runtime/errors.js';
import type { ValidationIssue } from '../../generator/client/runtime/errors.js';

const warning: ValidationIssue = { path: '/name', keyword: 'x-advice', message: 'should be shorter', schemaPath: '#/x', severity: 'warning' };
const error: ValidationIssue = { path: '/id', keyword: 'type', message: 'must be number', schemaPath: '#/type' };

function operation(validateRequest?: (value: unknown) => ValidationResult, validateResponse?: (value: unknown) => ValidationResult): OperationDefinition {
  return {
    operationId: 'createThing',
    method: 'POST',
    path: '/things',
    idempotent: false,
    requestBodyRequired: true,
    jsonResponse: true,
    validateRequest,
    validateResponse,
    messages: { unknown: 'Unknown.', notDone: 'Not done.', done: 'Done.' },
  };
}

function runtime(options: Partial<ConstructorParameters<typeof ClientRuntime>[0]> = {}) {
  const sent: Request[] = [];
  const warnings: ClientWarning[] = [];
  const instance = new ClientRuntime(
    {
      token: 'token-123456',
      fetch: async (request) => {
        sent.push(request);
        return new Response('{"id":1}', { status: 201, headers: { 'content-type': 'application/json' } });
      },
      onWarning: (w) => warnings.push(w),
      ...options,
    },
    { factoryName: 'createTestClient', baseUrl: 'http://api.test', requiresToken: true },
  );
  return { instance, sent, warnings };
}

describe('validation warnings', () => {
  it('an ok result with warnings: sent, warnings reported', async () => {
    const { instance, sent, warnings } = runtime();
    await expect(instance.execute(operation(() => ({ ok: true, value: {}, issues: [warning] })), { body: {} })).resolves.toEqual({ id: 1 });
    expect(sent).toHaveLength(1);
    expect(warnings).toMatchObject([{ type: 'request-validation', operationId: 'createThing', issues: [warning] }]);
  });

  it('a failed result with only warnings: still sent', async () => {
    const { instance, sent, warnings } = runtime();
    await instance.execute(operation(() => ({ ok: false, issues: [warning] })), { body: {} });
    expect(sent).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });

  it('errors and warnings: not sent, the error lists only the errors, the warnings are reported', async () => {
    const { instance, sent, warnings } = runtime();
    const failure = await instance.execute(operation(() => ({ ok: false, issues: [warning, error] })), { body: {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ClientValidationError);
    expect((failure as ClientValidationError).issues).toEqual([error]);
    expect(sent).toHaveLength(0);
    expect(warnings).toHaveLength(1);
  });

  it('response warnings never fail a call, even with validateResponses "throw"', async () => {
    const { instance, warnings } = runtime({ validateResponses: 'throw' });
    await expect(instance.execute(operation(undefined, () => ({ ok: true, value: {}, issues: [warning] })), { body: {} })).resolves.toEqual({ id: 1 });
    expect(warnings).toMatchObject([{ type: 'response-validation', status: 201, issues: [warning] }]);
  });

  it('an onWarning that throws does not fail a call whose request succeeded', async () => {
    const { instance, sent } = runtime({
      onWarning: () => {
        throw new Error('logger down');
      },
    });
    await expect(instance.execute(operation(undefined, () => ({ ok: false, issues: [error] })), { body: {} })).resolves.toEqual({ id: 1 });
    expect(sent).toHaveLength(1);
  });

  it('the default onWarning writes to console.warn', async () => {
    const messages: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => messages.push(message);
    try {
      const { instance } = runtime({ onWarning: undefined });
      await instance.execute(operation(undefined, () => ({ ok: false, issues: [error] })), { body: {} });
    } finally {
      console.warn = original;
    }
    expect(messages).toEqual([expect.stringMatching(/createThing: the 201 response does not match the spec \(returned anyway\):\n {2}\/id: must be number/)]);
  });
});

describe('options', () => {
  it.each([
    [{ token: undefined }, /requires a bearer token; pass `token` or `getToken`/],
    [{ token: 'a', getToken: () => 'b' }, /either `token` or `getToken`, not both/],
    [{ token: '' }, /`token` must be a non-empty string/],
    [{ timeoutMs: 0 }, /timeoutMs must be a finite number of milliseconds > 0, received 0/],
    [{ retry: { maxRetries: -1 } }, /retry.maxRetries/],
    [{ validateResponses: 'strict' as never }, /validateResponses must be "off", "warn" or "throw", received "strict"/],
  ])('%j is refused when the client is made', (options, message) => {
    expect(() => runtime(options)).toThrow(message);
  });

  it('getToken returning an empty string fails the call before sending', async () => {
    const { instance, sent } = runtime({ token: undefined, getToken: () => '' });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ code: 'TOKEN_PROVIDER', outcome: 'not-sent' });
    expect(sent).toHaveLength(0);
  });

  it('a middleware onRequest that throws fails the call before sending, as REQUEST_SETUP', async () => {
    const { instance, sent } = runtime({
      middleware: [
        {
          onRequest: () => {
            throw new Error('signing failed');
          },
        },
      ],
    });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ code: 'REQUEST_SETUP', outcome: 'not-sent', message: expect.stringMatching(/failed before sending: signing failed/) });
    expect(sent).toHaveLength(0);
  });
});
