/** Why a spec's `pattern` is not an ECMAScript regular expression valid with the `u` flag, or undefined when it is. */
export function invalidRegexReason(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
