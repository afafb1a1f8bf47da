/**
 * The one error type the generator throws on bad input. Its message says what was expected,
 * what was found and where (file:line:column for syntax, a JSON Pointer for the rest), so the
 * CLI can print it as it is, without a stack trace.
 */
export class GeneratorError extends Error {
  override readonly name = 'GeneratorError';
  constructor(
    message: string,
    /** Where the problem is: `file:line:column` or `file#/json/pointer`. */
    readonly location?: string,
  ) {
    super(location ? `${location}: ${message}` : message);
  }
}
