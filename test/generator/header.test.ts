/**
 * The header stamped on generated files carries the user's paths: whatever they hold, the
 * header stays a comment (a path with "*\/" in it once made the rest of its line run as code
 * when the package was imported).
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fileHeader, GENERATED_MARKER } from '../../generator/shared/header.js';

const hostilePath = 'specs/e*/;globalThis.pwned = 1;/*z/openapi.yaml';

describe('fileHeader', () => {
  it('stays one comment in TypeScript whatever the paths hold', () => {
    const header = fileHeader({ specPath: hostilePath, command: `npm run generate -- --spec '${hostilePath}' --out 'out*/x'` });
    const source = ts.createSourceFile('header.ts', `${header}export {};\n`, ts.ScriptTarget.ES2022);
    // The header is trivia before the one statement; nothing of it is code.
    expect(source.statements).toHaveLength(1);
    expect(source.statements[0]!.getText(source)).toBe('export {};');
    expect(header).toContain(GENERATED_MARKER);
    expect(header).toContain('Source: specs/e*\\/;globalThis.pwned = 1;/*z/openapi.yaml');
  });

  it('stays one comment in HTML (Markdown) whatever the paths hold', () => {
    const header = fileHeader({ specPath: 'a-->b--!>c', command: 'npm run generate' }, 'html');
    // An HTML comment ends at the first "-->" or "--!>": only the header's own last one.
    expect(header.match(/--!?>/g)).toEqual(['-->']);
    expect(header.trimEnd().endsWith('-->')).toBe(true);
  });
});
