/**
 * Stage: the client. Emits `src/client.gen.ts` (the factory, one method per operation, and the
 * error classes under the API's prefix) and copies the spec-independent runtime
 * (`generator/client/runtime/*.ts`: the request engine over openapi-fetch in client.ts, and
 * beside it one module a job: errors, the retry rule, timeouts and aborts, redaction, the
 * checks of the body and of the parameters, their serialization, what a failure says the
 * server did) into `src/runtime/`, each file stamped with the header.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isIdentifier, jsDoc, quote } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import { followRefs, isIgnoredHeaderParameter, operationParameters, type OpenApiDocument } from '../shared/openapi.js';
import type { GeneratedFile, GenerationContext, StageOutput } from '../shared/stage.js';
import { readOperations, type ClientOperation } from './operations.js';
import { HEADER_NAME } from './runtime/options.js';
import { VALIDATORS_MODULE } from '../validators/index.js';

export interface EmitClientOptions {
  /**
   * The validator functions that module really exports (the validators stage's output): the
   * client imports only these, so an operation whose body the validators do not cover (a
   * media type without a JSON schema, say) is sent unvalidated rather than breaking the build.
   */
  availableValidators?: ReadonlySet<string>;
}

const RUNTIME_DIR = fileURLToPath(new URL('./runtime/', import.meta.url));
/** Runtime file replaced per package: it names the error classes. */
const NAMING_FILE = 'naming.ts';

/** Error classes of the runtime, and the suffix each is exported under after the prefix. */
const ERROR_CLASSES: Array<[runtimeName: string, suffix: string, doc: string]> = [
  ['ClientError', 'Error', 'Base class of every error the client throws: `code` says what failed, `outcome` what the server can have done.'],
  ['ClientValidationError', 'ValidationError', 'The request body or parameters do not match the spec; nothing was sent. `issues` lists the problems.'],
  ['ClientApiError', 'ApiError', 'The server answered with a non-2xx status: `status`, `body` (parsed JSON or raw text), `headers`.'],
  ['ClientBadRequestError', 'BadRequestError', '400 Bad Request.'],
  ['ClientUnauthorizedError', 'UnauthorizedError', '401: the token is missing, invalid or expired.'],
  ['ClientForbiddenError', 'ForbiddenError', '403 Forbidden.'],
  ['ClientNotFoundError', 'NotFoundError', '404 Not Found.'],
  ['ClientConflictError', 'ConflictError', '409 Conflict.'],
  ['ClientUnprocessableEntityError', 'UnprocessableEntityError', '422 Unprocessable Entity.'],
  ['ClientRateLimitError', 'RateLimitError', '429 Too Many Requests, still refused after the retries.'],
  ['ClientServerError', 'ServerError', '5xx: an error in the server, a gateway or a proxy.'],
  ['ClientTimeoutError', 'TimeoutError', 'No complete answer within `timeoutMs`.'],
  ['ClientNetworkError', 'NetworkError', 'The connection failed (refused, DNS failure, reset).'],
  ['ClientAbortError', 'AbortError', "The caller's `AbortSignal` stopped the call."],
  ['ClientResponseValidationError', 'ResponseValidationError', 'A 2xx answer whose body is not JSON, or does not match the spec with `validateResponses: "throw"`.'],
];

/** Runtime types re-exported under the prefix: [runtime module, runtime name, suffix]. */
const RUNTIME_TYPES: Array<[string, string, string]> = [
  ['./runtime/definitions.js', 'ClientOptions', 'ClientOptions'],
  ['./runtime/definitions.js', 'RequestOptions', 'RequestOptions'],
  ['./runtime/definitions.js', 'ClientWarning', 'Warning'],
  ['./runtime/definitions.js', 'RetryEvent', 'RetryEvent'],
  ['./runtime/definitions.js', 'ValidateResponsesMode', 'ValidateResponsesMode'],
  ['./runtime/retry.js', 'RetryOptions', 'RetryOptions'],
  ['./runtime/errors.js', 'ErrorCode', 'ErrorCode'],
  ['./runtime/errors.js', 'RequestOutcome', 'RequestOutcome'],
  ['./runtime/errors.js', 'ValidationIssue', 'ValidationIssue'],
  ['./runtime/errors.js', 'RequestSnapshot', 'RequestSnapshot'],
  ['./runtime/errors.js', 'ErrorDetails', 'ErrorDetails'],
  ['./runtime/errors.js', 'ApiErrorDetails', 'ApiErrorDetails'],
];

export function emitClient(context: GenerationContext, options: EmitClientOptions = {}): StageOutput {
  const { target, document } = context;
  const prefix = target.errorPrefix;
  const factory = target.clientFactoryName;
  for (const [name, where] of [
    [factory, 'clientFactoryName'],
    [`${prefix}Error`, 'errorPrefix'],
  ] as const) {
    if (!isIdentifier(name)) throw new GeneratorError(`expected "${where}" to give a JavaScript identifier, received "${name}"`, `target ${target.name}`);
  }
  const operations = readOperations(document);
  const clientInterface = /^create[A-Z]/.test(factory) ? factory.slice('create'.length) : `${prefix}Client`;
  const names = {
    factory,
    clientInterface,
    options: `${prefix}ClientOptions`,
    requestOptions: `${prefix}RequestOptions`,
  };

  const security = readSecurity(document, operations);
  for (const line of security.report) context.report.push(`  client: ${line}`);
  for (const line of unsentInputs(document, operations)) context.report.push(`  client: ${line}`);

  const files: GeneratedFile[] = [
    { path: 'src/client.gen.ts', contents: emitClientModule(context, operations, names, security.requiresToken, options.availableValidators) },
    ...runtimeFiles(context),
  ];
  return {
    files,
    exports: [
      {
        module: './client.gen.js',
        values: [factory, ...ERROR_CLASSES.map(([, suffix]) => prefix + suffix)],
        types: [clientInterface, ...RUNTIME_TYPES.map(([, , suffix]) => prefix + suffix)],
      },
    ],
  };
}

function runtimeFiles(context: GenerationContext): GeneratedFile[] {
  return fs
    .readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => {
      const source =
        name === NAMING_FILE
          ? `/** The prefix of the error classes' names (\`${context.target.errorPrefix}Error\`, ...), and their package. */\nexport const ERROR_PREFIX: string = ${quote(context.target.errorPrefix)};\nexport const PACKAGE_NAME: string = ${quote(context.target.packageName)};\n`
          : fs.readFileSync(RUNTIME_DIR + name, 'utf8');
      return { path: `src/runtime/${name}`, contents: `${context.header}\n${source}` };
    });
}

interface Names {
  factory: string;
  clientInterface: string;
  options: string;
  requestOptions: string;
}

function emitClientModule(
  context: GenerationContext,
  operations: ClientOperation[],
  names: Names,
  requiresToken: boolean,
  availableValidators: ReadonlySet<string> | undefined,
): string {
  const { document, target } = context;
  const prefix = target.errorPrefix;
  const validators = operations.flatMap((operation) => [
    ...(operation.hasParams ? [`validate${operation.pascalName}Parameters`] : []),
    ...(operation.hasJsonBody ? [`validate${operation.pascalName}Request`] : []),
    ...(operation.jsonResponse ? [`validate${operation.pascalName}Response`] : []),
  ]).filter((name) => !availableValidators || availableValidators.has(name));
  // The guard of the API's own 503 body, for operations that are not idempotent (see the runtime's
  // statusFailure); only where the validators module made one.
  const unavailableGuard = (operation: ClientOperation): string | undefined => {
    const name = `is${operation.pascalName}UnavailableResponse`;
    return !operation.idempotent && availableValidators?.has(name) ? name : undefined;
  };
  const imported = [...validators, ...operations.flatMap((operation) => unavailableGuard(operation) ?? [])];
  const out: string[] = [context.header];
  out.push('import type { Middleware } from "openapi-fetch";');
  const typeRoots = [...new Set(operations.map((operation) => operation.typeRef.slice(0, operation.typeRef.indexOf('['))))].sort();
  if (typeRoots.length > 0) out.push(`import type { ${typeRoots.join(', ')} } from "./types.gen.js";`);
  if (imported.length > 0) out.push(`import { ${imported.join(', ')} } from ${quote(VALIDATORS_MODULE)};`);
  out.push('import { ClientRuntime } from "./runtime/client.js";');
  if (operations.some((operation) => operation.hasParams)) out.push('import { prepareParameters } from "./runtime/parameters.js";');
  // The runtime's classes and types are imported under the package's names and exported as
  // those imports: a consumer's declaration emit can then name them through the package
  // ("cannot be named" otherwise: an alias \`type VoxoError = ClientError\` leaves the class
  // itself unexported).
  out.push(`import { ${ERROR_CLASSES.map(([name, suffix]) => `${name} as ${prefix}${suffix}`).join(', ')} } from "./runtime/errors.js";`);
  const typeImports = new Map<string, string[]>([['./runtime/definitions.js', ['OperationDefinition']]]);
  for (const [module, name, suffix] of RUNTIME_TYPES) typeImports.set(module, [...(typeImports.get(module) ?? []), `${name} as ${prefix}${suffix}`]);
  for (const [module, list] of typeImports) out.push(`import type { ${list.join(', ')} } from ${quote(module)};`);
  const helperTypes = [
    ...(operations.some((operation) => operation.hasJsonBody) ? ['JsonRequestBody'] : []),
    ...(operations.length > 0 ? ['JsonSuccessBody'] : []),
    ...(operations.some((operation) => operation.hasParams) ? ['OperationParams'] : []),
  ];
  if (helperTypes.length > 0) out.push(`import type { ${helperTypes.join(', ')} } from "./runtime/types.js";`);
  out.push('');

  for (const [, suffix, doc] of ERROR_CLASSES) out.push(`${jsDoc([doc]).trimEnd()}\nexport { ${prefix}${suffix} };`);
  out.push('');
  out.push(`export type { ${RUNTIME_TYPES.map(([, , suffix]) => `${prefix}${suffix}`).join(', ')} };`);
  out.push('');

  for (const operation of operations) {
    const op = operation.typeRef;
    if (operation.hasJsonBody) out.push(`type ${operation.pascalName}Body = JsonRequestBody<${op}>;`);
    out.push(`type ${operation.pascalName}Result = JsonSuccessBody<${op}>;`);
    if (operation.hasParams) out.push(`type ${operation.pascalName}Params = OperationParams<${op}>;`);
  }
  out.push('');

  out.push('const OPERATIONS = {');
  for (const operation of operations) {
    const validatorFor = (kind: 'Parameters' | 'Request' | 'Response'): string | undefined => {
      const name = `validate${operation.pascalName}${kind}`;
      return validators.includes(name) ? name : undefined;
    };
    const fields = [
      `operationId: ${quote(operation.operationId)}`,
      `method: ${quote(operation.method)}`,
      `path: ${quote(operation.path)}`,
      `idempotent: ${operation.idempotent}`,
      `requestBodyRequired: ${operation.bodyRequired}`,
      `jsonResponse: ${operation.jsonResponse}`,
      ...(operation.hasParams ? ['prepareParameters'] : []),
      ...(operation.parameterPlaces.get('query')?.length ? [`queryParameters: [${operation.parameterPlaces.get('query')!.map(quote).join(', ')}]`] : []),
      ...(operation.parameterPlaces.get('header')?.length ? [`headerParameters: [${operation.parameterPlaces.get('header')!.map(quote).join(', ')}]`] : []),
      ...(operation.parameterEncodings.size > 0 ? [`parameterEncodings: ${encodingsLiteral(operation.parameterEncodings)}`] : []),
      ...(validatorFor('Parameters') ? [`validateParameters: ${validatorFor('Parameters')}`] : []),
      ...(validatorFor('Request') ? [`validateRequest: ${validatorFor('Request')}`] : []),
      ...(validatorFor('Response') ? [`validateResponse: ${validatorFor('Response')}`] : []),
      ...(unavailableGuard(operation) ? [`isUnavailableResponse: ${unavailableGuard(operation)}`] : []),
      `messages: {\n      unknown: ${quote(operation.messages.unknown)},\n      notDone: ${quote(operation.messages.notDone)},\n      done: ${quote(operation.messages.done)},\n    }`,
    ];
    out.push(`  ${quote(operation.operationId)}: {\n${fields.map((field) => `    ${field},`).join('\n')}\n  },`);
  }
  out.push('} satisfies Record<string, OperationDefinition>;');
  out.push('');

  out.push(jsDoc([`A client of ${document.info.title}, made by {@link ${names.factory}}.`]).trimEnd());
  out.push(`export interface ${names.clientInterface} {`);
  for (const operation of operations) {
    out.push(jsDoc(methodDoc(operation, prefix), '  ').trimEnd());
    out.push(`  ${operation.methodName}(${parameterList(operation, names)}): Promise<${operation.pascalName}Result>;`);
  }
  out.push('  /** Registers openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run on every attempt. */');
  out.push('  use(...middleware: Middleware[]): void;');
  out.push('  /** Removes middleware registered with `use` or the `middleware` option. */');
  out.push('  eject(...middleware: Middleware[]): void;');
  out.push('}');
  out.push('');

  const baseUrl = defaultBaseUrl(document);
  const userAgent = `${target.packageName}/${document.info.version}`;
  out.push(
    jsDoc([
      `Creates a client of ${document.info.title}.`,
      '',
      requiresToken ? 'Pass `token`, or `getToken` to fetch a fresh token before each attempt.' : 'Pass `token` or `getToken` when the API needs a bearer token.',
      `Requests go to ${baseUrl ? `\`${baseUrl}\`` : 'the `baseUrl` option (the spec names no absolute server URL)'} unless \`baseUrl\` says otherwise.`,
      'Request bodies and parameters are validated before sending; 2xx bodies are validated and mismatches reported to `onWarning` (`validateResponses: "warn"`), because a 2xx means the server did the work.',
      "A request is sent again only when the server cannot have done the work (429, a 503 with the API's own error body, no connection), or when its method is idempotent.",
    ]).trimEnd(),
  );
  // With no token to give, a client needs no options at all: `createClient()`.
  out.push(`export function ${names.factory}(options: ${names.options}${requiresToken ? '' : ' = {}'}): ${names.clientInterface} {`);
  out.push(
    `  const runtime = new ClientRuntime(options, { factoryName: ${quote(names.factory)}, baseUrl: ${quote(baseUrl)}, userAgent: ${quote(userAgent)}, requiresToken: ${requiresToken} });`,
  );
  out.push('  return {');
  for (const operation of operations) {
    const [parameters, input] = callShape(operation);
    out.push(
      `    ${operation.methodName}: (${parameters ? `${parameters}, ` : ''}init) => runtime.execute(OPERATIONS[${quote(operation.operationId)}], ${input}, init) as Promise<${operation.pascalName}Result>,`,
    );
  }
  out.push('    use: (...middleware) => runtime.use(...middleware),');
  out.push('    eject: (...middleware) => runtime.eject(...middleware),');
  out.push('  };');
  out.push('}');
  return out.join('\n') + '\n';
}

/**
 * Operations with only a JSON body take `(body, init?)`; with parameters `({ params, body }, init?)`,
 * where `params` may be left out when no parameter is required (and the input too, without a
 * required body): `listItems()`.
 */
function parameterList(operation: ClientOperation, names: Names): string {
  const init = `init?: ${names.requestOptions}`;
  if (!operation.hasParams) {
    if (!operation.hasJsonBody) return init;
    return `body${operation.bodyRequired ? '' : '?'}: ${operation.pascalName}Body, ${init}`;
  }
  const body = operation.hasJsonBody ? ` body${operation.bodyRequired ? '' : '?'}: ${operation.pascalName}Body;` : '';
  return `input${inputOptional(operation) ? '?' : ''}: { params${operation.paramsRequired ? '' : '?'}: ${operation.pascalName}Params;${body} }, ${init}`;
}

function inputOptional(operation: ClientOperation): boolean {
  return !operation.paramsRequired && !(operation.hasJsonBody && operation.bodyRequired);
}

function callShape(operation: ClientOperation): [parameters: string, input: string] {
  if (operation.hasParams) return ['input', inputOptional(operation) ? 'input ?? {}' : 'input'];
  if (operation.hasJsonBody) return ['body', '{ body }'];
  return ['', '{}'];
}

function methodDoc(operation: ClientOperation, prefix: string): string[] {
  const lines: string[] = [];
  if (operation.summary) lines.push(operation.summary, '');
  if (operation.description) lines.push(operation.description.trim(), '');
  lines.push(`\`${operation.method} ${operation.path}\``);
  lines.push('');
  lines.push(
    operation.idempotent
      ? 'Idempotent: retried after 429, 503, connection failures, timeouts, 500, 502 and 504.'
      : `Not idempotent: retried only after 429, a 503 with the API's own error body (as the spec gives it; where it gives none, a 503 is not retried), or a connection that was never made; after a timeout, a reset, a 500/502/504 or another 503 (a proxy's or gateway's, perhaps after passing the request on) it throws an error whose \`outcome\` is \`"unknown"\`.`,
  );
  const checked = [...(operation.hasParams ? ['parameters'] : []), ...(operation.hasJsonBody ? ['body'] : [])].join(' or ');
  if (checked) lines.push(`@throws {${prefix}ValidationError} when the ${checked} do${checked === 'body' ? 'es' : ''} not match the spec (nothing is sent).`);
  lines.push(`@throws {${prefix}ApiError} when the server answers with a non-2xx status.`);
  lines.push(`@throws {${prefix}TimeoutError} {@link ${prefix}NetworkError} {@link ${prefix}AbortError} when no answer could be read.`);
  if (operation.jsonResponse) lines.push(`@throws {${prefix}ResponseValidationError} when a 2xx body is not JSON (or, with \`validateResponses: "throw"\`, does not match the spec).`);
  if (operation.deprecated) lines.push('@deprecated');
  return lines;
}

/** `{ query: { ids: { style: "pipeDelimited", explode: false } } }`, in the spec's order. */
function encodingsLiteral(encodings: ClientOperation['parameterEncodings']): string {
  const places = [...encodings].map(([place, byName]) => {
    // A key "__proto__" written plainly would set the object's prototype: it is computed.
    const entries = [...byName].map(([name, { style, explode }]) => `${name === '__proto__' ? `[${quote(name)}]` : quote(name)}: { style: ${quote(style)}, explode: ${explode} }`);
    return `${place}: { ${entries.join(', ')} }`;
  });
  return `{ ${places.join(', ')} }`;
}

/** The first server's URL, with its variables' defaults; empty when it is relative or absent. */
function defaultBaseUrl(document: OpenApiDocument): string {
  const server = document.servers?.[0] as { url?: unknown; variables?: Record<string, { default?: unknown }> } | undefined;
  if (!server || typeof server.url !== 'string') return '';
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = server.variables?.[name]?.default;
    return typeof value === 'string' ? value : whole;
  });
  return /^https?:\/\//i.test(url) && !/[{}]/.test(url) ? url.replace(/\/+$/, '') : '';
}

/**
 * Whether every operation needs a bearer token (then the factory insists on one), and report
 * lines for security schemes the client cannot apply by itself.
 */
function readSecurity(document: OpenApiDocument, operations: ClientOperation[]): { requiresToken: boolean; report: string[] } {
  const schemes = ((document.components as { securitySchemes?: Record<string, { type?: string; scheme?: string }> } | undefined)?.securitySchemes ?? {});
  const isBearer = (name: string): boolean => schemes[name]?.type === 'http' && schemes[name]?.scheme?.toLowerCase() === 'bearer';
  const report = Object.entries(schemes)
    .filter(([name]) => !isBearer(name))
    .map(([name, scheme]) => `security scheme "${name}" (${scheme.type ?? 'unknown'}) is not applied by the client; pass its credentials with \`headers\` or middleware`);
  const requiresToken =
    operations.length > 0 &&
    operations.every((operation) => {
      const raw = resolveOperationSecurity(document, operation);
      return raw.length > 0 && raw.every((requirement) => Object.keys(requirement).some(isBearer));
    });
  return { requiresToken, report };
}

function resolveOperationSecurity(document: OpenApiDocument, operation: ClientOperation): Array<Record<string, unknown>> {
  const item = document.paths?.[operation.path]?.[operation.method.toLowerCase()] as { security?: unknown } | undefined;
  const security = item?.security ?? document.security;
  return Array.isArray(security) ? (security as Array<Record<string, unknown>>) : [];
}

/**
 * What the client cannot send as the spec describes it, said at generation rather than found
 * on the wire: a request body in another media type than JSON (the method takes none), a
 * cookie parameter, a header parameter OpenAPI says to ignore or fetch does not let a script
 * set, two header parameters that are one header, a parameter described by `content` (sent as
 * the string given, unchecked) or with `allowReserved` (encoded all the same), a style and
 * explode OpenAPI does not define together (`deepObject` not exploded, `pipeDelimited` or
 * `spaceDelimited` exploded: sent as the nearest it does).
 */
/** Request headers the Fetch standard forbids a script to set. */
const FORBIDDEN_HEADER = /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie2?|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;

export function unsentInputs(document: OpenApiDocument, operations: ClientOperation[]): string[] {
  const lines: string[] = [];
  for (const operation of operations) {
    const raw = document.paths?.[operation.path]?.[operation.method.toLowerCase()] as { requestBody?: unknown; parameters?: unknown[] } | undefined;
    const content = (followRefs(document, raw?.requestBody).node as { content?: Record<string, unknown> } | undefined)?.content;
    if (content && !operation.hasJsonBody && Object.keys(content).length > 0) {
      lines.push(`${operation.methodName}: its request body (${Object.keys(content).join(', ')}) is not sent: the client sends JSON bodies only`);
    }
    const parameters = operationParameters(document, operation.path, operation.method.toLowerCase());
    const headerSpellings = new Map<string, string[]>();
    for (const { parameter } of parameters) {
      if (parameter.in === 'header') headerSpellings.set(parameter.name.toLowerCase(), [...(headerSpellings.get(parameter.name.toLowerCase()) ?? []), parameter.name]);
    }
    for (const spellings of headerSpellings.values()) {
      if (spellings.length > 1) {
        lines.push(`${operation.methodName}: header parameters ${spellings.map((name) => `"${name}"`).join(' and ')} are one header (header names are case-insensitive): one value is sent, and the types keep one of them`);
      }
    }
    for (const { parameter } of parameters) {
      const where = `${operation.methodName}: ${parameter.in} parameter "${parameter.name}"`;
      if (parameter.in === 'cookie') {
        lines.push(`${where} is not sent (fetch does not send a Cookie header it is given); send it with middleware or your runtime's cookie store`);
        continue;
      }
      if (isIgnoredHeaderParameter(parameter)) {
        lines.push(`${where} is not sent: OpenAPI says a header parameter of that name is ignored (the client sets the header itself)`);
        continue;
      }
      if (parameter.in === 'header' && !HEADER_NAME.test(parameter.name)) {
        lines.push(`${where} is not sent: it is not a header name (RFC 9110 allows letters, digits and !#$%&'*+-.^_\`|~), and the client refuses a call that gives it`);
        continue;
      }
      if (parameter.in === 'header' && FORBIDDEN_HEADER.test(parameter.name)) {
        lines.push(`${where} may not be sent: fetch does not let a script set it (a browser drops it; Node.js refuses Connection, Keep-Alive, Upgrade, Expect and Transfer-Encoding, and sets Host and Content-Length itself)`);
        continue;
      }
      if (parameter.content !== undefined && parameter.schema === undefined) {
        const mediaTypes = parameter.content !== null && typeof parameter.content === 'object' ? Object.keys(parameter.content).join(', ') : '';
        lines.push(`${where} is described by \`content\`${mediaTypes ? ` (${mediaTypes})` : ''}: the client sends the string it is given as it is (serialize it yourself, with JSON.stringify for JSON), and does not check it against the schema`);
        continue;
      }
      if (parameter.allowReserved === true) {
        lines.push(`${where} has allowReserved: its reserved characters (such as / ? :) are sent percent-encoded all the same, which a server decodes to the same text`);
      }
      const encoding = operation.parameterEncodings.get(parameter.in)?.get(parameter.name);
      if (encoding && (encoding.style === 'spaceDelimited' || encoding.style === 'pipeDelimited') && encoding.explode) {
        lines.push(`${where} (style ${encoding.style}, explode true) is sent as form exploded (name=a&name=b): OpenAPI defines ${encoding.style} without explode only`);
      }
      if (encoding?.style === 'deepObject' && !encoding.explode) {
        lines.push(`${where} (style deepObject, explode false) is sent exploded (name[key]=value): OpenAPI defines deepObject exploded only`);
      }
    }
  }
  return lines;
}
