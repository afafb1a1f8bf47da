/**
 * The request body, checked before anything is sent: the JSON text the server will get is made
 * once, validated, and sent as it is. A middleware that changes the body has the new one
 * checked too, decoded first when it compressed it.
 */
import { type ClientWarning, type OperationDefinition, type ValidationResult, type Validator } from './definitions.js';
import { type ValidationIssue } from './errors.js';
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
export declare function prepareBody(operation: OperationDefinition, body: unknown, validate: Validator | undefined, onWarning: (warning: ClientWarning) => void): PreparedBody;
/** Refuses a body a middleware's onRequest changed into one the spec does not allow. */
export declare function checkSentBody(operation: OperationDefinition, request: Request, validated: string): Promise<void>;
/**
 * Passes a request's warnings (`x-warn` issues, which never block it) to `onWarning`, and
 * returns its errors. `subject` starts the message ("the request body has"), `root` names the
 * empty path.
 */
export declare function reportWarnings(operation: OperationDefinition, issues: ValidationIssue[], subject: string, root: string, onWarning: (warning: ClientWarning) => void): ValidationIssue[];
/** validateFully, with a validator's exception (a body too deep for the stack) as an issue. */
export declare function checkedSafely(validate: Validator, value: unknown, secrets: string[]): ValidationResult;
