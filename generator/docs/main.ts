/**
 * `npm run docs`: rebuilds only the API reference (`<out>/docs/index.html`) of every API in
 * spec/apis.yaml, from its spec, exactly as the docs stage of `npm run generate` does. Useful
 * when working on the docs template; `npm run generate` rebuilds the docs with everything else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bundleSpec } from '../bundle/bundle.js';
import { loadSpec } from '../load/load.js';
import { GeneratorError } from '../shared/errors.js';
import { buildDocs } from './docs.js';

const APIS_FILE = 'spec/apis.yaml';

async function main(): Promise<void> {
  const config = parseYaml(fs.readFileSync(APIS_FILE, 'utf8')) as { apis?: Record<string, { spec?: unknown; out?: unknown }> };
  const entries = Object.entries(config.apis ?? {});
  if (entries.length === 0) throw new GeneratorError('expected at least one API under "apis:"', APIS_FILE);
  for (const [name, entry] of entries) {
    if (typeof entry.spec !== 'string' || typeof entry.out !== 'string') {
      throw new GeneratorError('expected "spec" and "out" to be strings', `${APIS_FILE}#/apis/${name}`);
    }
    const document = await bundleSpec(loadSpec(path.resolve(entry.spec)));
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'voxo-docs-'));
    try {
      const specFile = path.join(work, 'openapi.json');
      fs.writeFileSync(specFile, JSON.stringify(document, null, 2) + '\n');
      const output = path.join(path.resolve(entry.out), 'docs/index.html');
      fs.mkdirSync(path.dirname(output), { recursive: true });
      await buildDocs(specFile, output, document.info.title);
      console.log(`docs ${name}: ${entry.spec} -> ${path.relative(process.cwd(), output)}`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof GeneratorError ? `error: ${error.message}` : error);
  process.exitCode = 1;
});
