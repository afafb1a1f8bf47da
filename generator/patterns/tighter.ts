/**
 * Which of two sound types is tighter, as TypeScript itself judges assignability: a schema with
 * both a `pattern` and a typed `format` gets the type that accepts fewer strings, since a valid
 * string satisfies both. Asked once per generation, for every pair at once, in one in-memory
 * program without the standard library (template-literal types need none).
 */
import { ts } from 'ts-morph';

export type Tighter = 'same' | 'first' | 'second' | 'neither';

/**
 * For each pair of type texts, `first` when the first is assignable to the second and not the
 * reverse, `second` for the reverse, `same` when both are, `neither` when neither is (which is
 * also TypeScript's answer when it cannot decide). `declarations` is source the texts may use.
 */
export function compareTypes(pairs: Array<{ first: string; second: string }>, declarations = ''): Tighter[] {
  if (pairs.length === 0) return [];
  const fileName = '/pairs.ts';
  const text = `${declarations}\n${pairs.map((pair, i) => `type First${i} = ${pair.first};\ntype Second${i} = ${pair.second};`).join('\n')}\n`;
  const options: ts.CompilerOptions = { noLib: true, types: [], strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 };
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === fileName ? source : undefined),
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => name === fileName,
    readFile: (name) => (name === fileName ? text : undefined),
  };
  const program = ts.createProgram([fileName], options, host);
  const checker = program.getTypeChecker();
  const aliases = new Map<string, ts.Type>();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, checker.getTypeAtLocation(statement.name));
  }
  return pairs.map((_, i) => {
    const first = aliases.get(`First${i}`)!;
    const second = aliases.get(`Second${i}`)!;
    const firstInSecond = checker.isTypeAssignableTo(first, second);
    const secondInFirst = checker.isTypeAssignableTo(second, first);
    if (firstInSecond && secondInFirst) return 'same';
    if (firstInSecond) return 'first';
    return secondInFirst ? 'second' : 'neither';
  });
}
