/**
 * The one error type the generator throws on bad input. Its message says what was expected,
 * what was found and where (file:line:column for syntax, a JSON Pointer for the rest), so the
 * CLI can print it as it is, without a stack trace.
 */
export class GeneratorError extends Error {
  override readonly name = 'GeneratorError';
  constructor(
    /** What was expected, what was found, without the location. */
    readonly reason: string,
    /** Where the problem is: `file:line:column` or `file#/json/pointer`. */
    readonly location?: string,
  ) {
    super(location ? `${location}: ${reason}` : reason);
  }
}

/**
 * The work's result; a GeneratorError located by a JSON Pointer alone (`#/paths/...`), or not at
 * all, gets the spec's path in front: `spec/openapi.yaml#/paths/...`.
 */
export function inSpec<T>(specPath: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw inSpecError(specPath, error);
  }
}

/** `error`, its location completed with the spec's path as `inSpec` does. */
export function inSpecError(specPath: string, error: unknown): unknown {
  if (error instanceof GeneratorError && (!error.location || error.location.startsWith('#'))) return new GeneratorError(error.reason, `${specPath}${error.location ?? ''}`);
  return error;
}

/** An error as it crosses from a worker thread: a GeneratorError's message and location, or any other error's stack. */
export interface PostedError {
  generator: boolean;
  message: string;
  location?: string;
  stack?: string;
}

export function toPostedError(error: unknown): PostedError {
  if (error instanceof GeneratorError) return { generator: true, message: error.reason, location: error.location };
  return { generator: false, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
}

/** The error again, on the other side: a GeneratorError as thrown, any other with its stack. */
export function fromPostedError({ generator, message, location, stack }: PostedError): Error {
  if (generator) return new GeneratorError(message, location);
  const error = new Error(message);
  if (stack) error.stack = stack;
  return error;
}
