/**
 * The generated package's README, written from the spec so it never drifts from it: install,
 * quick start (with the spec's own request example), authentication (its security scheme),
 * errors and retries (its responses), validation and the pattern types (its patterns), use in
 * browsers (the measured bundle size), the docs and the changelog.
 *
 * Facts the spec does not hold: how exact each pattern type is (the pattern stage's report on
 * the context) and the browser bundle's size (measured after the build, `emitMeasuredReadme`).
 * Without them the README says less, never something unchecked. Every code block is meant to compile: the
 * consumer tests type-check the quick start against the installed tarball.
 */
import fs from 'node:fs';
import { changelogFileFor } from './changelog.js';
import { packageVersion } from './package-json.js';
import { readOperations, type ClientOperation } from '../client/operations.js';
import { patternCatalog, schemaType } from '../patterns/catalog.js';
import { FORMATS } from '../patterns/formats.js';
import { fileHeader } from '../shared/header.js';
import { followRefs, isIgnoredHeaderParameter, jsonMediaTypeOf, successStatuses, type OpenApiDocument } from '../shared/openapi.js';
import { resolvePointer, unescapePointerToken } from '../shared/pointer.js';
import type { GeneratedFile, GenerationContext } from '../shared/stage.js';
import { browserImports, formatKb, measureBrowserBundle, type BundleSize } from './bundle-size.js';

export interface ReadmeFacts {
  /** The browser bundle's size, measured after the build. */
  bundleSize?: BundleSize;
}

/** The spec's error statuses, and the error class the client throws for each (runtime/errors.ts). */
const STATUS_ERROR_SUFFIX: Record<string, string> = {
  '400': 'BadRequestError',
  '401': 'UnauthorizedError',
  '403': 'ForbiddenError',
  '404': 'NotFoundError',
  '409': 'ConflictError',
  '422': 'UnprocessableEntityError',
  '429': 'RateLimitError',
};

export function emitPackageReadme(context: GenerationContext, facts: ReadmeFacts = {}): string {
  const { document, target } = context;
  const pkg = target.packageName;
  const prefix = target.errorPrefix;
  const factory = target.clientFactoryName;
  const operations = readOperations(document);
  const first = operations.find((operation) => operation.hasJsonBody && !operation.hasParams) ?? operations[0];
  const server = document.servers?.[0]?.url;
  const client = factory.replace(/^create/, '').replace(/Client$/, '').toLowerCase() || 'client';
  const tokenVariable = `${prefix.toUpperCase()}_TOKEN`;
  const requestValidators = operations.filter((operation) => operation.hasJsonBody).map((operation) => `validate${operation.pascalName}Request`);

  const out: string[] = [];
  out.push(fileHeader({ specPath: context.specPath, command: context.command }, 'html'));
  out.push(`# ${pkg}`, '');
  if (typeof document.info.summary === 'string') out.push(document.info.summary, '');
  out.push(
    // "the VOXO Call Campaigns API", but "the API “Tiny Pets”" for a title that does not say API.
    `A typed, validated TypeScript client for the ${/\bAPI$/i.test(document.info.title.trim()) ? document.info.title.trim() : `API “${document.info.title.trim()}”`} (version ${document.info.version}), generated from its OpenAPI description. ` +
      'Request bodies are checked before they are sent, fields with a pattern are checked at compile time (exactly where the type can be exact, else for the plainly wrong literals), and a request that may have been done is never sent again by a retry.',
    '',
    `- ES module and CommonJS builds, each with its own type declarations; Node.js 18 or later, browsers, and any runtime with \`fetch\`; TypeScript 5.4 or later${target.project ? ' (checked with `skipLibCheck: false`, `exactOptionalPropertyTypes` and declaration emit)' : ''}. Where both builds load in one process (a CommonJS dependency that \`require\`s the package beside your ES module), \`instanceof\` works across them.`,
    `- One dependency, [openapi-fetch](https://openapi-ts.dev/openapi-fetch/)${facts.bundleSize ? `; ${formatKb(facts.bundleSize.gzipBytes)} min+gzip in a browser bundle` : ''}.`,
    `- The bundled OpenAPI document ships with it: \`import spec from '${pkg}/openapi.json' with { type: 'json' }\` (Node.js 18.20 or later; in TypeScript, with \`resolveJsonModule\` and \`module\` set to \`esnext\`, \`node18\`, \`node20\`, \`nodenext\` or \`preserve\`), or \`require('${pkg}/openapi.json')\`.`,
    '',
  );

  out.push('## Install', '', '```sh', `npm install ${pkg}`, '```', '');
  out.push(
    `Or from a tarball of the package folder: \`npm pack <package folder>\` from outside it, then \`npm install ./${pkg}-${packageVersion(context)}.tgz\` in your project.`,
    '',
  );

  out.push('## Quick start', '');
  if (first) {
    out.push(...quickStart(document, operations, first, { pkg, factory, client, tokenVariable, server, bearer: bearerScheme(document) !== undefined }));
  } else {
    out.push(`The spec has no operation: \`${factory}\` makes a client with no methods.`, '');
  }
  out.push(
    'In CommonJS:',
    '',
    '```js',
    `const { ${factory} } = require('${pkg}');`,
    '```',
    '',
  );
  const responseExample = first && successExample(document, first);
  if (first && responseExample !== undefined) {
    out.push(...localMock(document, first, responseExample, { factory, client }));
  }

  out.push(...authentication(document, { factory, tokenVariable, pkg }));
  out.push(...errorsAndRetries(document, operations, prefix));
  out.push(...validation(context, requestValidators, prefix));
  out.push(...browsers(factory, requestValidators, facts.bundleSize));

  const changelog = fs.existsSync(changelogFileFor(target.specFile));
  const tarball = `The tarball holds \`dist/esm\`, \`dist/cjs\`, \`openapi.json\`, this README${changelog ? ' and the [changelog](./CHANGELOG.md)' : ''}. The version is the spec's \`info.version\`.`;
  out.push(
    '## Docs',
    '',
    target.project
      ? `The API reference is generated from the same spec with Redoc: one HTML file that works offline (nothing is fetched from a CDN), \`docs/index.html\` beside this package in its repository${
          target.repository ? ` (${target.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')})` : ''
        }. Open it from disk, or preview it with \`npm run docs:serve\` in the repository. Every method, option and error class also carries its documentation in the type declarations, for your editor.`
      : 'The generator writes an API reference built from the same spec with Redoc to `docs/index.html` in the folder it generated this package into (not into the tarball; not with `--no-docs`): one HTML file that works offline. Every method, option and error class also carries its documentation in the type declarations, for your editor.',
    '',
    '## Package',
    '',
    target.project
      ? `The published shape is checked on every test run of the generator: \`attw --pack\` finds the right declarations under every module resolution (node10, node16 from CommonJS and from ESM, bundler) and \`publint\` reports no issue. ${tarball}`
      : `Before publishing, check its shape with \`npx @arethetypeswrong/cli --pack\` and \`npx publint\`. ${tarball}`,
    '',
  );
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

interface QuickStartNames {
  pkg: string;
  factory: string;
  client: string;
  tokenVariable: string;
  server?: string;
  /** The spec has a bearer token scheme: the example passes a token. */
  bearer: boolean;
}

function quickStart(document: OpenApiDocument, operations: ClientOperation[], operation: ClientOperation, names: QuickStartNames): string[] {
  const bodyType = operation.hasJsonBody ? schemaName(document, `${operation.pointer}/requestBody`, 'request') : undefined;
  const resultType = schemaName(document, `${operation.pointer}/responses`, 'response');
  const example = operation.hasJsonBody ? requestExample(document, operation) : undefined;
  const typeImports = [bodyType, resultType].filter((name): name is string => name !== undefined);
  const clientOptions = [...(names.server ? [] : ["baseUrl: 'https://api.example.com'"]), ...(names.bearer ? [`token: process.env.${names.tokenVariable}!`] : [])];
  const lines = [
    '```ts',
    `import { ${names.factory}${typeImports.map((name) => `, type ${name}`).join('')} } from '${names.pkg}';`,
    '',
    `const ${names.client} = ${names.factory}(${clientOptions.length > 0 ? `{ ${clientOptions.join(', ')} }` : '{}'});${names.server ? ` // requests go to ${names.server}` : ' // the spec names no server: give its address'}`,
    '',
  ];
  let call: string;
  if (operation.hasParams) {
    call = `${names.client}.${operation.methodName}({ params: { /* ... */ }${operation.hasJsonBody ? ', body: { /* ... */ }' : ''} })`;
  } else if (operation.hasJsonBody) {
    // Without an example in the spec, the body is declared: a placeholder literal would not compile.
    lines.push(example === undefined ? `declare const body: ${bodyType ?? 'unknown'}; // built from your data` : `const body${bodyType ? `: ${bodyType}` : ''} = ${indentJson(example)};`, '');
    call = `${names.client}.${operation.methodName}(body)`;
  } else {
    call = `${names.client}.${operation.methodName}()`;
  }
  const resultVariable = resultType ? lowerFirst(resultType) : 'result';
  lines.push(`const ${resultVariable}${resultType ? `: ${resultType}` : ''} = await ${call};`);
  lines.push(`console.log(${resultVariable});`, '```', '');
  const withParams = operations.find((candidate) => candidate.hasParams);
  if (withParams) {
    // Only what the client sends: not cookies, nor the headers OpenAPI says to ignore.
    const where = [...withParams.parameterPlaces]
      .filter(([place]) => place === 'path' || place === 'query' || place === 'header')
      .map(([place, names]): [string, string[]] => [place, names.filter((name) => !isIgnoredHeaderParameter({ in: place, name }))])
      .filter(([, names]) => names.length > 0)
      .map(([place, names]) => `${place}: { ${names.map((name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}': …`)).join(', ')} }`)
      .join(', ');
    lines.push(
      `An operation with parameters takes them in \`params\`, by where they go (\`path\`, \`query\`, \`header\`), and its body, if any, in \`body\`: \`${names.client}.${withParams.methodName}({ params: { ${where} }${withParams.hasJsonBody ? ', body' : ''} })\`. ` +
        'Parameters are checked against the spec before anything is sent, as they are sent (one given as `undefined` or `null` is left out), and sent in the style the spec gives each one (by default a path parameter `simple`, `1,2,3`; the query `form` and exploded, `id=1&id=2`, an object\'s members as parameters of their own; a header `simple`; and as the spec says `label`, `matrix`, `form` not exploded, `spaceDelimited`, `pipeDelimited`, `deepObject`), every character but the unreserved ones percent-encoded in the URL. ' +
        'A path parameter left out, empty, `.` or `..` (which the URL parser would remove, sending the request to another resource) throws a validation error, as do an object inside another, a list\'s item or an object\'s key or value holding the character its style separates them with (a comma, say: the server would split it there), an object\'s member named like another query parameter given, and in a header a character a header cannot carry or blanks at its ends (which fetch strips). Cookie parameters are not sent (fetch does not send a Cookie header it is given), nor header parameters named `Accept`, `Content-Type` or `Authorization` (OpenAPI says to ignore them).',
      '',
    );
  }
  lines.push(
    `\`${operation.methodName}\` resolves to the parsed ${operation.jsonResponse ? 'JSON body of the 2xx answer' : 'answer'} and throws on anything else (see [Errors and retries](#errors-and-retries)). ` +
      `Options of \`${names.factory}\`: \`baseUrl\`, \`token\` or \`getToken\`, \`timeoutMs\` (per attempt, default 30 s), \`retry\`, \`headers\`, \`userAgent\`, \`fetch\`, \`middleware\`, \`validateRequests\` (default \`true\`), \`validateResponses\` (\`"warn"\` by default, \`"throw"\` or \`"off"\`), \`onWarning\`, \`onRetry\`. ` +
      'Each call also takes `{ signal, timeoutMs, retry, headers }` as its last argument. ' +
      'Options are checked when given: a wrong or unknown one throws a `TypeError` that names it, says what it must be and what it received (never a header\'s value), and suggests the option probably meant (`timeout` → `timeoutMs`). `headers` may not set `Content-Length`, `Transfer-Encoding` or `Content-Encoding`, nor a `Content-Type` other than JSON in UTF-8: the body is sent as the JSON checked.',
    '',
  );
  return lines;
}

function localMock(document: OpenApiDocument, operation: ClientOperation, responseExample: unknown, names: { factory: string; client: string }): string[] {
  const status = successStatus(document, operationResponses(document, operation)) ?? '200';
  return [
    '### Try it against a local mock server',
    '',
    `A server on 127.0.0.1 that answers every request with the spec's example of a \`${status}\` answer:`,
    '',
    '```js',
    "// mock-server.mjs: run with `node mock-server.mjs`",
    "import http from 'node:http';",
    '',
    `const example = ${indentJson(responseExample)};`,
    '',
    'http',
    '  .createServer((request, response) => {',
    '    request.resume().on(\'end\', () => {',
    `      response.writeHead(${status}, { 'content-type': 'application/json' }).end(JSON.stringify(example));`,
    '    });',
    '  })',
    "  .listen(4010, '127.0.0.1', () => console.log('mock server on http://127.0.0.1:4010'));",
    '```',
    '',
    `Then point the client at it: \`${names.factory}({ token: 'test-token', baseUrl: 'http://127.0.0.1:4010' })\`.`,
    '',
  ];
}

function bearerScheme(document: OpenApiDocument): [string, { type?: string; scheme?: string; description?: string }] | undefined {
  const schemes = Object.entries((document.components?.securitySchemes ?? {}) as Record<string, { type?: string; scheme?: string; description?: string }>);
  return schemes.find(([, scheme]) => scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer');
}

function authentication(document: OpenApiDocument, names: { factory: string; tokenVariable: string; pkg: string }): string[] {
  const bearer = bearerScheme(document);
  const lines = ['## Authentication', ''];
  if (bearer) {
    lines.push(
      `The API takes a bearer token (security scheme \`${bearer[0]}\`), sent as \`Authorization: Bearer <token>\`. Give \`token\`, or \`getToken\` (sync or async), which is called before every attempt, for tokens that expire:`,
      '',
    );
    if (bearer[1].description) lines.push(...bearer[1].description.trim().split('\n').map((line) => `> ${line}`.trimEnd()), '');
    lines.push(
      '```ts',
      `import { ${names.factory} } from '${names.pkg}';`,
      '',
      '// In a page: a short-lived token from your own backend (in Node.js, give fetch the full URL).',
      `const client = ${names.factory}({`,
      '  getToken: async () => {',
      "    const response = await fetch('/api/token');",
      '    if (!response.ok) throw new Error(`the token endpoint answered ${response.status}`);',
      '    return response.text();',
      '  },',
      '});',
      '```',
      '',
      'The token never appears in error messages, in captured requests (`error.request`), in the issues of a response that echoes it, or in bodies carried by errors (a token shorter than 4 characters is not searched for: it would match too much).',
      '',
    );
  } else {
    lines.push('The spec declares no bearer token scheme; use `headers` or `middleware` for other credentials.', '');
  }
  return lines;
}

function errorsAndRetries(document: OpenApiDocument, operations: ClientOperation[], prefix: string): string[] {
  const lines = [
    '## Errors and retries',
    '',
    `Every error a call throws is ${/^[AEIOU]/i.test(prefix) ? 'an' : 'a'} \`${prefix}Error\` with a stable \`code\` and an \`outcome\` that says what the server can have done, so you know whether sending again is safe (wrong options are the exception: they throw a \`TypeError\`, see below). The class says what happened, the \`outcome\` what it means for the work:`,
    '',
    '| `outcome` | Meaning | Thrown as |',
    '| --- | --- | --- |',
    `| \`not-sent\` | Nothing reached the server. | \`${prefix}ValidationError\` (the body or the parameters do not match the spec; \`issues\` lists why), \`${prefix}NetworkError\` when no connection was made, \`${prefix}Error\` with code \`TOKEN_PROVIDER\` (\`getToken\` failed) or \`REQUEST_SETUP\` (the request could not be built: a middleware's \`onRequest\` threw, or fetch refused it) |`,
    `| \`rejected\` | The server answered that it did not do the work. | \`${prefix}ApiError\` and its subclasses for 4xx, 429 and 503 (\`status\`, \`body\`, \`headers\`); for a request that is not idempotent, only a 503 whose body is the API's own (as the spec gives it). Also a \`${prefix}TimeoutError\` or \`${prefix}NetworkError\` when such an answer's status came but its body did not |`,
    `| \`unknown\` | The server may or may not have done it. | \`${prefix}TimeoutError\`, \`${prefix}NetworkError\` after the connection was made (in a browser, any network error: browsers do not say whether a connection was made), \`${prefix}ServerError\` for 500, 502, 504 and any other 5xx (and, for a request that is not idempotent, a 503 with another body: a proxy or gateway may answer 503 after passing the request on), \`${prefix}ApiError\` for a redirect of a request that is not idempotent |`,
    `| \`succeeded\` | The server did it (a 2xx), but its answer could not be read, or is not as specified and \`validateResponses\` is \`"throw"\` (by default, \`"warn"\`, such a body is returned and the mismatch goes to \`onWarning\`). | \`${prefix}ResponseValidationError\`; a \`${prefix}TimeoutError\` or \`${prefix}NetworkError\` when the 2xx status came but its body did not |`,
    '',
    `A call stopped by your \`AbortSignal\` throws \`${prefix}AbortError\`, with the outcome of what was sent before it stopped (any of the four).`,
    '',
  ];
  for (const operation of operations) {
    const statuses = Object.keys(operationResponses(document, operation)).filter((status) => /^[45]\d\d$/.test(status));
    if (statuses.length === 0) continue;
    lines.push(`Answers of \`${operation.methodName}\` (${operation.method} \`${operation.path}\`) the spec lists, and what they throw:`, '', '| Status | Error | The spec says |', '| --- | --- | --- |');
    for (const status of statuses) {
      const suffix = STATUS_ERROR_SUFFIX[status] ?? (status.startsWith('5') ? 'ServerError' : 'ApiError');
      lines.push(`| ${status} | \`${prefix}${suffix}\` | ${tableText(firstSentence(responseDescription(document, operation, status)))} |`);
    }
    lines.push('');
  }
  lines.push(
    'Retries: by default up to 2, with exponential backoff (0.5 s, doubling, at most 10 s, each wait shortened at random by up to a quarter so that clients do not retry in step). A `Retry-After` is waited for as asked; one asking for longer than `maxDelayMs` ends the call with the error, its `retryAfterMs` set, rather than retry sooner than the server asked. `retry: { maxRetries, baseDelayMs, maxDelayMs }` or `retry: false` change it, per client or per call (a call\'s settings go over the client\'s, one by one: a client\'s `retry: false` stays off unless the call sets `maxRetries`). A request is sent again only when the server cannot have done the work (429, a 503 with the API\'s own error body as the spec gives it, or a connection that was never made), or when its method is idempotent:',
    '',
  );
  for (const operation of operations) {
    lines.push(
      operation.idempotent
        ? `- \`${operation.methodName}\` (${operation.method}, idempotent): also retried after a timeout, a broken connection, 500, 502 and 504.`
        : `- \`${operation.methodName}\` (${operation.method}, not idempotent): never retried after a timeout, a broken connection, 500, 502 or 504; those throw with \`outcome: 'unknown'\`, and it is up to you to check whether the work was done before sending again. A redirect (3xx) is not followed, since following could send it again or take another request's answer for its own: it throws with its \`status\`, its \`Location\` in \`headers\`, and \`outcome: 'unknown'\` (in a browser, which hides redirects, \`status\` is 0).`,
    );
  }
  lines.push('');
  return lines;
}

function validation(context: GenerationContext, requestValidators: string[], prefix: string): string[] {
  const { patterns, target } = context;
  const lines = ['## Validation and pattern types', ''];
  // The type the pattern stage gave a schema: its pattern's, its format's, or the two combined;
  // undefined where the pass could not type it (a parameter, a oneOf member: it stays string).
  const catalog = patternCatalog(patterns);
  const typeOf = (pointer: string): string | undefined =>
    context.untypedPointers?.has(pointer) ? undefined : schemaType(patterns, catalog, pointer)!.type;
  const formatsCaveat = (names: string[]): string =>
    names.length === 0
      ? ''
      : ` (a value typed ${names.map((name) => `\`${name}\``).join(names.length === 2 ? ' or ' : ', ').replace(/, ([^,]*)$/, ' or $1')} is then unchecked: test it with its \`is\` guard before relying on the type; patterns are always asserted)`;
  const validator = requestValidators[0];
  if (validator) {
    lines.push(
      `The validators are plain functions with no dependency, generated from the spec's schemas. The client runs the request body's validator before sending it: an invalid body throws \`${prefix}ValidationError\` and is never sent. It validates the JSON it is about to send, and sends that same text: a body whose \`toJSON\`, inherited getters or \`Map\` would send something other than what it looks like is judged by what would be sent, and a body a middleware's \`onRequest\` changes is validated again (decoded first when it compressed it with gzip or deflate; a body in another encoding is refused, as it cannot be checked). You can run them yourself, on a form's input for instance:`,
      '',
      '```ts',
      `import { ${validator} } from '${target.packageName}';`,
      '',
      'declare const input: unknown; // a form\'s fields, a file\'s rows: anything, not yet checked',
      `const result = ${validator}(input);`,
      'if (!result.ok) {',
      '  for (const issue of result.issues) console.error(`${issue.path}: ${issue.message}`);',
      '}',
      '```',
      '',
      'Each issue has the JSON Pointer of the value (`path`), the failed keyword, the schema location and a `severity`. Options: `allErrors: true` reports every issue instead of the first; `formats: false` stops asserting `format`' + formatsCaveat(patterns.formats.map((format) => format.name)) + '; `warnings: false` skips the spec\'s warning rules (`x-warn`), which only a hot path that ignores warnings needs. An option that is not a boolean, or that is not one of these three, throws a TypeError saying which. `is<Name>(value)` is the type guard form, with no issues built.',
      '',
    );
  }
  if (patterns.patterns.length > 0) {
    const reports = new Map((context.patternTypes ?? []).map((report) => [report.name, report]));
    const example = patterns.patterns.find((pattern) => reports.has(pattern.name)) ?? patterns.patterns[0]!;
    lines.push(
      `A field with a \`pattern\` has a template-literal type named after the pattern (\`${example.name}\`), so a string literal the type can tell from the pattern's fails to compile. ` +
        "An exact type accepts exactly the pattern's strings, so every literal that cannot match fails; an approximate one is wider than the pattern (it never rejects a valid string: some literals that cannot match still compile, such as one digit short) and the runtime validator makes the full check. " +
        `Each pattern also has a guard and an assertion that narrow a \`string\`, and its compiled RegExp: \`is${example.name}(value)\`, \`as${example.name}(value)\`, \`${example.name}Pattern\`.`,
      '',
      '| Field | Pattern | Type | Exact type |',
      '| --- | --- | --- | --- |',
    );
    for (const pattern of patterns.patterns) {
      const report = reports.get(pattern.name);
      for (const pointer of pattern.pointers) {
        const cells = [
          `\`${fieldName(pointer)}\``,
          `\`${pattern.source.replace(/\|/g, '\\|')}\``,
          report && typeOf(pointer) ? `\`${typeOf(pointer)}\`` : '`string`',
          report && typeOf(pointer) ? (report.exact ? 'yes' : 'no') : 'no (no compile-time type)',
        ];
        lines.push(`| ${cells.join(' | ')} |`);
      }
    }
    lines.push('');
  }
  if (patterns.formats.length > 0) {
    const reports = new Map((context.patternTypes ?? []).filter((r) => r.kind === 'format').map((report) => [report.source, report]));
    const example = patterns.formats[0]!;
    lines.push(
      `A field with a \`format\` among ${FORMATS.map(({ format }) => `\`${format}\``).join(', ')} has a template-literal type too (\`${example.name}\` for \`${example.definition.format}\`). ` +
        'These types are approximate: they accept every string in the format and reject the plainly wrong ones (a month 13, a date-time without its offset), and leave the calendar to the validators. ' +
        `Each has a guard and an assertion that make the validators' check: \`is${example.name}(value)\`, \`as${example.name}(value)\`. Where a field also has a pattern, it gets the tighter of the two types (or both, intersected, when neither is tighter and the intersection stays small; else the pattern's).`,
      '',
      '| Field | Format | Type |',
      '| --- | --- | --- |',
    );
    for (const format of patterns.formats) {
      const report = reports.get(format.definition.format);
      for (const pointer of format.pointers) {
        const type = (report && typeOf(pointer)) ?? 'string';
        lines.push(`| \`${fieldName(pointer)}\` | \`${format.definition.format}\` | \`${type}\` |`);
      }
    }
    lines.push('');
  }
  return lines;
}

function browsers(factory: string, requestValidators: string[], size: BundleSize | undefined): string[] {
  const lines = [
    '## Use in browsers',
    '',
    'The package has no Node.js-only code: it needs a global `fetch` (or the `fetch` option) and works in browsers, Deno, Bun and edge runtimes, through any bundler (it declares `sideEffects: false`, so unused exports are dropped).',
    '',
  ];
  if (size) {
    lines.push(
      `Bundled for the browser with esbuild and minified, importing ${[factory, ...requestValidators].map((name) => `\`${name}\``).join(' and ')}, it is **${formatKb(size.gzipBytes)} min+gzip** (${formatKb(size.minifiedBytes)} minified), openapi-fetch included` +
        (size.gzipBytes <= size.budgetBytes ? `; the generator's tests hold it under ${formatKb(size.budgetBytes)}.` : '.'),
      '',
    );
  }
  lines.push(
    "In a page, the API must allow the page's origin (CORS), and any token given to the page is visible to its users: prefer `getToken` with a short-lived token from your own backend. " +
      "In a browser the client sends no `User-Agent` of its own (Firefox would send one, and the API's CORS preflight would have to allow the header); a `userAgent` you give is sent. " +
      'A browser reports every network failure alike ("Failed to fetch"), so the client cannot tell a refused connection from one that broke after the request went out: such an error has `outcome: \'unknown\'`, and a request that is not idempotent is not retried after it.',
    '',
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Reading the spec.

function schemaName(document: OpenApiDocument, pointer: string, kind: 'request' | 'response'): string | undefined {
  const node = resolvePointer(document, pointer);
  const media = kind === 'request' ? jsonMedia(resolveRef(document, node)) : jsonMedia(resolveRef(document, successResponse(document, node)));
  const ref = (media?.schema as { $ref?: unknown } | undefined)?.$ref;
  const match = typeof ref === 'string' ? /^#\/components\/schemas\/([A-Za-z_$][\w$]*)$/.exec(ref) : null;
  return match?.[1];
}

function requestExample(document: OpenApiDocument, operation: ClientOperation): unknown {
  const media = jsonMedia(resolveRef(document, resolvePointer(document, `${operation.pointer}/requestBody`)));
  return mediaExample(document, media);
}

function successExample(document: OpenApiDocument, operation: ClientOperation): unknown {
  const responses = resolvePointer(document, `${operation.pointer}/responses`);
  return mediaExample(document, jsonMedia(resolveRef(document, successResponse(document, responses))));
}

/** The success status the client returns a body of, as the validators stage picks it: the first with JSON content. */
function successStatus(document: OpenApiDocument, responses: unknown): string | undefined {
  return successStatuses(responses).find((status) => jsonMedia(resolveRef(document, (responses as Record<string, unknown>)[status])) !== undefined);
}

function successResponse(document: OpenApiDocument, responses: unknown): unknown {
  const status = successStatus(document, responses);
  return status ? (responses as Record<string, unknown>)[status] : undefined;
}

function jsonMedia(holder: unknown): Record<string, unknown> | undefined {
  const content = (holder as { content?: Record<string, unknown> } | undefined)?.content;
  const type = jsonMediaTypeOf(content);
  return type ? (content![type] as Record<string, unknown>) : undefined;
}

function mediaExample(document: OpenApiDocument, media: Record<string, unknown> | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const examples = media.examples as Record<string, unknown> | undefined;
  const first = examples ? Object.values(examples)[0] : undefined;
  return (resolveRef(document, first) as { value?: unknown } | undefined)?.value;
}

function responseDescription(document: OpenApiDocument, operation: ClientOperation, status: string): string {
  const response = resolveRef(document, resolvePointer(document, `${operation.pointer}/responses/${status}`)) as { description?: string } | undefined;
  return response?.description ?? '';
}

function operationResponses(document: OpenApiDocument, operation: ClientOperation): Record<string, unknown> {
  const responses = resolvePointer(document, `${operation.pointer}/responses`);
  return responses && typeof responses === 'object' ? (responses as Record<string, unknown>) : {};
}

function resolveRef(document: OpenApiDocument, node: unknown): unknown {
  return followRefs(document, node).node;
}

/** `#/components/schemas/CreateCampaignRequest/properties/callerId` -> `CreateCampaignRequest.callerId`. */
function fieldName(pointer: string): string {
  const parts = pointer.replace(/^#\//, '').split('/').map(unescapePointerToken);
  const start = parts[0] === 'components' && parts[1] === 'schemas' ? 2 : 0;
  const named: string[] = [];
  for (let index = start; index < parts.length; index++) {
    const part = parts[index]!;
    if (part === 'properties') continue;
    if (part === 'items') named.push('[]');
    else named.push(part);
  }
  return named.join('.').replace(/\.\[\]/g, '[]');
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

function tableText(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function indentJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:');
}

function lowerFirst(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/**
 * The README once the package is built: with the browser bundle's measured size, when the
 * package exports what a browser app imports (the factory and the request validators).
 */
export async function emitMeasuredReadme(
  context: GenerationContext,
  packageDir: string,
  exportedValues: ReadonlySet<string>,
): Promise<GeneratedFile> {
  const imports = browserImports(context.document, context.target.clientFactoryName);
  const measurable = imports.length > 0 && imports.every((name) => exportedValues.has(name));
  const bundleSize = measurable ? await measureBrowserBundle(packageDir, imports) : undefined;
  return { path: 'README.md', contents: emitPackageReadme(context, { bundleSize: bundleSize && withoutCode(bundleSize) }) };
}

function withoutCode({ imports, minifiedBytes, gzipBytes, budgetBytes }: BundleSize): BundleSize {
  return { imports, minifiedBytes, gzipBytes, budgetBytes };
}
