import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadSpec } from '../../generator/load/load.js';
import { lintSpec } from '../../generator/lint/lint.js';
import { LINT_CONFIG, SPEC_FILE, scratchDir } from '../helpers/paths.js';

describe('spec/openapi.yaml under spec/redocly.yaml', () => {
  it('lints with 0 errors and 0 warnings (an error, or a warning under a config, throws)', async () => {
    await expect(lintSpec(loadSpec(SPEC_FILE), LINT_CONFIG)).resolves.toEqual({ warnings: [] });
  });

  // The lint config is only worth something if it catches what it claims to: each case breaks
  // the spec in one way and expects the named rule to report it with file:line:column.
  it.each([
    ['an example that fails its schema', (s: string) => s.replace("callerId: '6013151002'", "callerId: '0013151002'"), /openapi\.yaml:\d+:\d+ error no-invalid-media-type-examples/],
    ['an operation without operationId', (s: string) => s.replace(/ +operationId: createCampaign\n/, ''), /error operation-operationId/],
    ['an operation without 4xx responses', (s: string) => s.replace(/        '4\d\d':\n          \$ref: '[^']+'\n/g, ''), /error operation-4xx-response/],
    ['an unresolved $ref', (s: string) => s.replace("$ref: '#/components/schemas/Campaign'", "$ref: '#/components/schemas/Nope'"), /error no-unresolved-refs/],
  ])('reports %s', async (_name, breakSpec, expected) => {
    const dir = scratchDir('lint');
    const broken = path.join(dir, 'openapi.yaml');
    fs.writeFileSync(broken, breakSpec(fs.readFileSync(SPEC_FILE, 'utf8')));
    await expect(lintSpec(loadSpec(broken), LINT_CONFIG)).rejects.toThrow(expected);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
