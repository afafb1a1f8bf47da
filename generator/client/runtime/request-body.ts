/**
 * The request body, checked before anything is sent: the JSON text the server will get is made
 * once, validated, and sent as it is. A middleware that changes the body has the new one
 * checked too, decoded first when it compressed it.
 */
import { validateFully, type ClientWarning, type OperationDefinition, type ValidationResult, type Validator } from './definitions.js';
import { ClientError, ClientValidationError, type ValidationIssue } from './errors.js';
import { base } from './failures.js';
import { describeText, errorText, formatIssues, jsonIssue, plural } from './messages.js';

/** A request body, as the attempts send it: JSON text made once (then sent as it is), or as given. */
export interface PreparedBody {
  value: unknown;
  serialized: boolean;
}

/**
 * The body as it will be sent, checked: the validator reads the JSON the server will get, and
 * that same text is sent. (Checking the value itself would pass a body whose `toJSON`, or a
 * getter on its prototype, or a Map, sends something else.) When the JSON is invalid, the
 * issues shown are the value's where it is invalid too, so they show what the caller passed
 * (`NaN`, which JSON writes as null). A body that cannot be JSON (a BigInt, a cycle, a
 * getter that throws) is refused before sending, with its path when the value is invalid.
 */
export function prepareBody(operation: OperationDefinition, body: unknown, validate: Validator | undefined, onWarning: (warning: ClientWarning) => void): PreparedBody {
  if (!validate || (body === undefined && !operation.requestBodyRequired)) return { value: body, serialized: false };
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (error) {
    const invalid = valueErrors(validate, body);
    if (invalid?.length) throw invalidBody(operation, invalid, 'invalid');
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
  const errors = reportWarnings(operation, result.issues ?? [], 'the request body has', '(body)', onWarning);
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
    throw invalidBody(
      operation,
      shown,
      onlyAsSent ? 'invalid as sent (its JSON, made by a toJSON, from own properties only, or from a Map as {}, is not what the value holds)' : 'invalid',
    );
  }
  return text === undefined ? { value: undefined, serialized: false } : { value: text, serialized: true };
}

function invalidBody(operation: OperationDefinition, errors: ValidationIssue[], what: string): ClientValidationError {
  return new ClientValidationError(`${operation.operationId}: the request body is ${what}, so nothing was sent:\n${formatIssues(errors)}`, {
    ...base(operation, 0, 'not-sent'),
    issues: errors,
  });
}

/** Refuses a body a middleware's onRequest changed into one the spec does not allow. */
export async function checkSentBody(operation: OperationDefinition, request: Request, validated: string): Promise<void> {
  const text = await sentText(request);
  if (typeof text !== 'string') throw invalidBody(operation, [text], "unreadable as a middleware's onRequest encoded it");
  if (text === validated) return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidBody(operation, [jsonIssue(describeText(text, []), errorText(error, []))], "invalid as a middleware's onRequest changed it");
  }
  const result = checkedSafely(operation.validateRequest!, value, []);
  if (result.ok) return;
  const errors = result.issues.filter((issue) => issue.severity !== 'warning');
  throw invalidBody(operation, errors, "invalid as a middleware's onRequest changed it");
}

/**
 * Passes a request's warnings (`x-warn` issues, which never block it) to `onWarning`, and
 * returns its errors. `subject` starts the message ("the request body has"), `root` names the
 * empty path.
 */
export function reportWarnings(operation: OperationDefinition, issues: ValidationIssue[], subject: string, root: string, onWarning: (warning: ClientWarning) => void): ValidationIssue[] {
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  if (warnings.length > 0) {
    onWarning({
      type: 'request-validation',
      operationId: operation.operationId,
      issues: warnings,
      message: `${operation.operationId}: ${subject} ${plural(warnings.length, 'warning')} (sent anyway):\n${formatIssues(warnings, root)}`,
    });
  }
  return issues.filter((issue) => issue.severity !== 'warning');
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

/** validateFully, with a validator's exception (a body too deep for the stack) as an issue. */
export function checkedSafely(validate: Validator, value: unknown, secrets: string[]): ValidationResult {
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
